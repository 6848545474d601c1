// VoID + DCAT description of the dataset at /.well-known/void, and the JSON-LD context.
import { Router } from 'express';
import type { AppDeps } from './app-deps.ts';
import { negotiateMediaType } from './negotiate-media-type.ts';
import { publicUrl } from './public-url.ts';
import { buildVoidDescription } from '../linked-data/build-void-description.ts';
import { buildJsonLdContext, JSON_LD_CONTEXT_PATH } from '../linked-data/json-ld-context.ts';
import { listDumps } from '../linked-data/list-dumps.ts';
import { loadDatasetStats } from '../linked-data/load-dataset-stats.ts';
import { RDF_FORMATS } from '../linked-data/rdf-formats.ts';
import { serialiseQuads, type RdfMediaType } from '../linked-data/serialise-quads.ts';

/** RFC 8615 well-known location, as the VoID recommendation (§7.2) asks. */
const VOID_PATH = '.well-known/void';

export function createVoidRouter(deps: AppDeps): Router {
  const router = Router();

  router.get(`/${VOID_PATH}`, async (req, res) => {
    res.vary('Accept');
    const mediaType = negotiateMediaType(req, RDF_FORMATS.map((f) => f.mediaType)) as RdfMediaType;
    // Counted with SPARQL on the first request, then kept for this generation of the graph.
    const stats = await loadDatasetStats(deps.sparql, deps.config.baseIri);
    const urls = { document: publicUrl(req, VOID_PATH), sparql: publicUrl(req, 'sparql'), resolve: (path: string) => publicUrl(req, path) };
    const quads = buildVoidDescription(stats, listDumps(stats), urls, deps.config.baseIri, deps.store.generation.loadedAt);
    res.type(mediaType).send(await serialiseQuads(quads, mediaType, { contextUrl: publicUrl(req, JSON_LD_CONTEXT_PATH) }));
  });

  router.get(`/${JSON_LD_CONTEXT_PATH}`, (_req, res) => {
    res.set('Cache-Control', 'public, max-age=86400');
    res.type('application/ld+json').send(`${JSON.stringify(buildJsonLdContext(), null, 2)}\n`);
  });

  return router;
}
