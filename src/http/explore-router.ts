// Graph exploration: the JSON API under /explore/* and the /explore page.
import { Router } from 'express';
import type { AppDeps } from './app-deps.ts';

export function createExploreRouter(_deps: AppDeps): Router {
  return Router();
}
