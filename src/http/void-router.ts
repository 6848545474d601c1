// VoID + DCAT description of the dataset at /.well-known/void, and the JSON-LD context.
import { Router } from 'express';
import type { AppDeps } from './app-deps.ts';

export function createVoidRouter(_deps: AppDeps): Router {
  return Router();
}
