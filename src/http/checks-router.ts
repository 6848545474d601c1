// Compliance checks over HTTP: /checks as HTML and JSON.
import { Router } from 'express';
import type { AppDeps } from './app-deps.ts';

export function createChecksRouter(_deps: AppDeps): Router {
  return Router();
}
