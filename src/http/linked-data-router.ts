// Linked data: every IRI of the graph dereferences to an HTML page or RDF, by negotiation.
import { Router } from 'express';
import type { AppDeps } from './app-deps.ts';

export function createLinkedDataRouter(_deps: AppDeps): Router {
  return Router();
}
