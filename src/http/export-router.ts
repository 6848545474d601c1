// Dumps of the whole graph and of each register at /export.
import { Router } from 'express';
import type { AppDeps } from './app-deps.ts';

export function createExportRouter(_deps: AppDeps): Router {
  return Router();
}
