// Register editions over HTTP: /diff between two registers.
import { Router } from 'express';
import type { AppDeps } from './app-deps.ts';

export function createDiffRouter(_deps: AppDeps): Router {
  return Router();
}
