// The canned queries over HTTP: /queries lists them, /queries/NAME runs one with bound parameters.
import { Router } from 'express';
import type { AppDeps } from './app-deps.ts';

export function createQueriesRouter(_deps: AppDeps): Router {
  return Router();
}
