// The analysts' query page at /: YASGUI served locally, with the canned queries as examples.
import { Router } from 'express';
import type { AppDeps } from './app-deps.ts';

export function createQueryPageRouter(_deps: AppDeps): Router {
  return Router();
}
