// VoID description of the dataset at /.well-known/void (with the DCAT-AP catalogue it describes), and the JSON-LD context.
import { Router } from 'express';
import type { AppDeps } from './app-deps.ts';
import { negotiateMediaType } from './negotiate-media-type.ts';
import { publicUrl } from './public-url.ts';
import { buildVoidDescription } from '../linked-data/build-void-description.ts';
import { buildJsonLdContext, JSON_LD_CONTEXT_PATH } from '../linked-data/json-ld-context.ts';
import { listDumps } from '../linked-data/list-dumps.ts';
import { loadDatasetStats } from '../linked-data/load-dataset-stats.ts';
import { FORMATS, GRAPH_FORMATS, listMediaTypes, PAGE_MEDIA_TYPES, type GraphMediaType } from '../rdf/formats.ts';
import { serialiseQuads } from '../linked-data/serialise-quads.ts';
import { renderDescriptionPage } from '../linked-data/render-description-page.ts';
import { buildCatalogue } from './catalogue-router.ts';
import { CATALOGUE_PATH } from '../html/site-sections.ts';
import { OPEN_DATA_PREFIXES } from '../vocab/namespaces.ts';

/** RFC 8615 well-known location, as the VoID recommendation (§7.2) asks. */
const VOID_PATH = '.well-known/void';

export function createVoidRouter(deps: AppDeps): Router {
  const router = Router();

  router.get(`/${VOID_PATH}`, async (req, res) => {
    res.vary('Accept');
    // RDF for clients (Turtle to one that accepts anything); a page for a browser, which names text/html.
    const mediaType = negotiateMediaType(req, [...listMediaTypes(GRAPH_FORMATS), PAGE_MEDIA_TYPES.html]);
    // Counted with SPARQL on the first request, then kept: the graph does not change while served.
    const stats = await loadDatasetStats(deps.sparql, deps.config.baseIri);
    const urls = { document: publicUrl(req, VOID_PATH), catalogue: publicUrl(req, CATALOGUE_PATH), sparql: publicUrl(req, 'sparql'), resolve: (path: string) => publicUrl(req, path) };
    const quads = buildVoidDescription(stats, listDumps(stats, deps.config.baseIri), urls, deps.config.baseIri, await buildCatalogue(deps, req, mediaType === PAGE_MEDIA_TYPES.html ? 'known' : 'all'), deps.store.generation.loadedAt);
    if (mediaType === PAGE_MEDIA_TYPES.html) {
      const formats = GRAPH_FORMATS.map((f) => ({ label: f.label, mediaType: f.mediaType, href: `/${VOID_PATH}?format=${f.name}` }));
      const intro = '<p>La description du jeu de données selon le vocabulaire VoID du W3C : taille, sous-ensembles (un par registre), téléchargements, point d’accès SPARQL et vocabulaires employés. Les moteurs de recherche de données liées la lisent à cette adresse bien connue.</p>';
      return void res.type('html').send(renderDescriptionPage({ title: 'Description VoID du jeu de données', intro, quads, documentUrl: urls.catalogue, origin: publicUrl(req), baseIri: deps.config.baseIri, prefixes: OPEN_DATA_PREFIXES, formats, section: 'export' }));
    }
    res.type(mediaType).send(await serialiseQuads(quads, mediaType as GraphMediaType, { contextUrl: publicUrl(req, JSON_LD_CONTEXT_PATH), prefixes: OPEN_DATA_PREFIXES }));
  });

  router.get(`/${JSON_LD_CONTEXT_PATH}`, (_req, res) => {
    res.set('Cache-Control', 'public, max-age=86400');
    res.type(FORMATS.jsonLd.mediaType).send(`${JSON.stringify(buildJsonLdContext(), null, 2)}\n`);
  });

  return router;
}
