// The DCAT-AP catalogue at /catalog (and /catalog.ttl, .rdf, .jsonld, .nt for harvesters that go by extension).
import { Router, type Request, type Response } from 'express';
import type { AppDeps } from './app-deps.ts';
import { HttpError } from '../errors/http-error.ts';
import { negotiateMediaType } from './negotiate-media-type.ts';
import { publicUrl } from './public-url.ts';
import { CATALOGUE_PATH } from '../html/site-sections.ts';
import { OPEN_DATA_PREFIXES } from '../vocab/namespaces.ts';
import { buildDcatCatalogue } from '../linked-data/build-dcat-catalogue.ts';
import { dumpOnce, sizeOfMadeDump } from '../linked-data/dump-once.ts';
import { listDumps } from '../linked-data/list-dumps.ts';
import { loadCodeLists } from '../linked-data/load-code-lists.ts';
import { loadDatasetStats } from '../linked-data/load-dataset-stats.ts';
import { findFormatIn, GRAPH_FORMATS, listMediaTypes, PAGE_MEDIA_TYPES, type GraphMediaType } from '../rdf/formats.ts';
import { renderDescriptionPage } from '../linked-data/render-description-page.ts';
import { serialiseQuads } from '../linked-data/serialise-quads.ts';
import type { Quad } from 'n3';

export function createCatalogueRouter(deps: AppDeps): Router {
  const router = Router();

  router.get(CATALOGUE_PATH, async (req, res) => {
    res.vary('Accept');
    // RDF for clients (Turtle to one that accepts anything); a page for a browser, which names text/html.
    await sendCatalogue(deps, req, res, negotiateMediaType(req, [...listMediaTypes(GRAPH_FORMATS), PAGE_MEDIA_TYPES.html]));
  });

  router.get(`${CATALOGUE_PATH}.:extension`, async (req, res) => {
    const format = findFormatIn(GRAPH_FORMATS, { extension: req.params.extension });
    if (!format) throw new HttpError(404, `no catalogue in ".${req.params.extension}"; the extensions are: ${GRAPH_FORMATS.map((f) => f.extension).join(', ')}`);
    await sendCatalogue(deps, req, res, format.mediaType);
  });

  return router;
}

/**
 * The catalogue as the quads of the URL the client used. For harvesters (`sizes: 'all'`) every dump is made (once, then
 * kept) to give its size: the first such request takes some seconds. A page for a person gives the sizes known so far.
 */
export async function buildCatalogue(deps: AppDeps, req: Request, sizes: 'all' | 'known' = 'all'): Promise<Quad[]> {
  const stats = await loadDatasetStats(deps.sparql, deps.config.baseIri);
  const dumps = listDumps(stats, deps.config.baseIri).filter((d) => d.kind !== 'graph');
  const byteSizes = new Map<string, number>();
  for (const dump of dumps) {
    for (const file of dump.files) {
      const bytes = sizes === 'all' ? Buffer.byteLength(await dumpOnce(deps, file.format.mediaType, dump.graph)) : sizeOfMadeDump(deps, file.format.mediaType, dump.graph);
      if (bytes !== undefined) byteSizes.set(file.path, bytes);
    }
  }
  const urls = { document: publicUrl(req, CATALOGUE_PATH), home: publicUrl(req), sparql: publicUrl(req, 'sparql'), resolve: (path: string) => publicUrl(req, path) };
  return buildDcatCatalogue({ stats, dumps, byteSizes, urls, baseIri: deps.config.baseIri, codeLists: await loadCodeLists() });
}

/** The catalogue in `mediaType`: an RDF format, or text/html for a person. */
export async function sendCatalogue(deps: AppDeps, req: Request, res: Response, mediaType: string): Promise<void> {
  const quads = await buildCatalogue(deps, req, mediaType === PAGE_MEDIA_TYPES.html ? 'known' : 'all');
  res.set('Content-Location', CATALOGUE_PATH);
  if (mediaType === PAGE_MEDIA_TYPES.html) {
    const formats = GRAPH_FORMATS.map((f) => ({ label: f.label, mediaType: f.mediaType, href: `${CATALOGUE_PATH}.${f.extension}` }));
    const intro = `<p>Le catalogue des données ouvertes de ce service, au profil européen DCAT-AP 3 : un jeu de données par registre et un pour le graphe complet, leurs téléchargements (format, taille, licence) et le point d’accès SPARQL. Les portails de données (data.gouv.fr, data.europa.eu) le moissonnent à cette adresse.</p>`;
    return void res.type('html').send(renderDescriptionPage({ title: 'Catalogue DCAT-AP', intro, quads, documentUrl: publicUrl(req, CATALOGUE_PATH), origin: publicUrl(req), baseIri: deps.config.baseIri, prefixes: OPEN_DATA_PREFIXES, formats, section: 'export' }));
  }
  res.type(mediaType).send(await serialiseQuads(quads, mediaType as GraphMediaType, { prefixes: OPEN_DATA_PREFIXES }));
}
