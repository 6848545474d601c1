// Dumps of the whole graph and of each register at /export.
import { Router, type Request, type Response } from 'express';
import type { AppDeps } from './app-deps.ts';
import { HttpError } from '../errors/http-error.ts';
import { negotiateMediaType } from './negotiate-media-type.ts';
import { publicUrl } from './public-url.ts';
import { dumpOnce } from '../linked-data/dump-once.ts';
import { sendCatalogue } from './catalogue-router.ts';
import { loadDatasetStats } from '../linked-data/load-dataset-stats.ts';
import { ALL_DUMP_NAME, listDumps, nameDumpFile } from '../linked-data/list-dumps.ts';
import { DUMP_FORMATS, findFormatIn, GRAPH_FORMATS, listMediaTypes, PAGE_MEDIA_TYPES } from '../rdf/formats.ts';
import { renderExportIndex } from '../linked-data/render-export-index.ts';

/** "001-16106fe6b7c9f12d" or "001-16106fe6b7c9f12d.ttl": slugs never hold a dot. */
const DUMP_FILE = /^([^./]+)(?:\.([a-z]+))?$/;

/**
 * GET /export (index, JSON or HTML), /export/all[.ext], /export/register/<slug>[.ext] and /export/graph/<name>[.ext]
 * (ontology, catalogues, editions); without an extension
 * the format is negotiated. Dumps are kept in memory once made: the graph is read-only, and the JSON-LD of
 * the whole graph takes about a second to write. In an RDF format, /export is the DCAT-AP catalogue of its dumps.
 */
export function createExportRouter(deps: AppDeps): Router {
  const router = Router();
  async function sendDump(req: Request, res: Response, name: string, extension: string | undefined, graph?: string): Promise<void> {
    if (extension === undefined) res.vary('Accept');
    const format =
      extension === undefined
        ? findFormatIn(DUMP_FORMATS, { mediaType: negotiateMediaType(req, listMediaTypes(DUMP_FORMATS)) })
        : findFormatIn(DUMP_FORMATS, { extension });
    if (!format) throw new HttpError(404, `no dump in format ".${extension}"; the extensions are: ${DUMP_FORMATS.map((f) => f.extension).join(', ')}`);
    const body = await dumpOnce(deps, format.mediaType, graph);
    // Written by hand rather than res.attachment(), which leaves a token-safe name unquoted.
    res.set('Content-Disposition', `attachment; filename="${nameDumpFile(name, format)}"`);
    // With Express's ETag of the body, a harvester's conditional request (If-None-Match, If-Modified-Since) gets a 304.
    res.set('Last-Modified', deps.store.generation.loadedAt.toUTCString());
    res.type(format.mediaType).send(body);
  }

  router.get('/export', async (req, res) => {
    res.vary('Accept');
    // RDF clients get the DCAT-AP catalogue of these dumps (the same as /catalog).
    const mediaType = negotiateMediaType(req, [PAGE_MEDIA_TYPES.json, PAGE_MEDIA_TYPES.html, ...listMediaTypes(GRAPH_FORMATS)]);
    if (GRAPH_FORMATS.some((f) => f.mediaType === mediaType)) return sendCatalogue(deps, req, res, mediaType);
    const dumps = listDumps(await loadDatasetStats(deps.sparql, deps.config.baseIri), deps.config.baseIri);
    if (mediaType === PAGE_MEDIA_TYPES.html) return void res.type('html').send(renderExportIndex(dumps, deps.config.baseIri));
    res.json({
      title: 'Exports du graphe des registres des activités de traitement',
      void: publicUrl(req, '.well-known/void'),
      catalog: publicUrl(req, 'catalog'),
      sparql: publicUrl(req, 'sparql'),
      dumps: dumps.map((d) => ({
        name: d.name,
        kind: d.kind,
        title: d.title,
        triples: d.triples,
        ...(d.graph ? { graph: d.graph } : {}),
        url: publicUrl(req, d.path),
        downloads: d.files.map((f) => ({ format: f.format.name, mediaType: f.format.mediaType, url: publicUrl(req, f.path), filename: f.filename })),
      })),
    });
  });

  router.get('/export/register/:file', async (req, res) => {
    const match = DUMP_FILE.exec(req.params.file);
    // Only graphs holding a register: data/graph/ has other files whose graphs share the register/ prefix.
    const { registers } = await loadDatasetStats(deps.sparql, deps.config.baseIri);
    const register = match ? registers.find((r) => r.slug === match[1]) : undefined;
    if (!match || !register) throw new HttpError(404, `no register "${match?.[1] ?? req.params.file}"; the list of dumps is at /export`);
    await sendDump(req, res, register.slug, match[2], register.iri);
  });

  router.get('/export/graph/:file', async (req, res) => {
    const match = DUMP_FILE.exec(req.params.file);
    const stats = await loadDatasetStats(deps.sparql, deps.config.baseIri);
    const dump = match ? listDumps(stats, deps.config.baseIri).find((d) => d.kind === 'graph' && d.name === match[1]) : undefined;
    if (!match || !dump) throw new HttpError(404, `no graph "${match?.[1] ?? req.params.file}"; the list of dumps is at /export`);
    await sendDump(req, res, dump.name, match[2], dump.graph);
  });

  router.get('/export/:file', async (req, res) => {
    const match = DUMP_FILE.exec(req.params.file);
    if (!match || match[1] !== ALL_DUMP_NAME) throw new HttpError(404, `no dump "${req.params.file}"; the list of dumps is at /export`);
    await sendDump(req, res, ALL_DUMP_NAME, match[2]);
  });

  return router;
}
