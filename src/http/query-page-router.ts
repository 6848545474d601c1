// The analysts' query page at /query: YASGUI served locally, with the canned queries as examples.
import express, { Router } from 'express';
import { join } from 'node:path';
import type { AppDeps } from './app-deps.ts';
import { PROJECT_ROOT } from '../config/project-paths.ts';
import { HttpError } from '../errors/http-error.ts';
import { QUERY_PAGE_PATH } from '../html/site-sections.ts';
import { z } from 'zod';
import { loadLabelIndex } from '../linked-data/load-label-index.ts';
import { locateYasguiBuild, YASGUI_FILES, type YasguiFile } from './query-page/locate-yasgui-build.ts';
import { buildQueryPageConfig } from './query-page/build-query-page-config.ts';
import { renderQueryPage, type QueryPageUrls } from './query-page/render-query-page.ts';

/** Our static files (public/query/) and YASGUI's are both under this prefix; /assets belongs to the site. */
export const QUERY_ASSETS_PATH = '/query-assets';
export const QUERY_PAGE_CONFIG_PATH = '/query-page/config.json';
export const QUERY_PAGE_LABELS_PATH = '/query-page/labels';
/** IRIs of one result whose labels are asked at once: a page shows at most a few thousand cells. */
const labelsRequestSchema = z.object({ iris: z.array(z.string().max(2000)).max(5000) }).strict();

export function createQueryPageRouter(deps: AppDeps): Router {
  const router = Router();
  const yasguiDir = locateYasguiBuild();
  const urls: QueryPageUrls = {
    yasguiScript: `${QUERY_ASSETS_PATH}/yasgui/yasgui.min.js`,
    yasguiStyle: `${QUERY_ASSETS_PATH}/yasgui/yasgui.min.css`,
    pageScript: `${QUERY_ASSETS_PATH}/query-page.js`,
    pageStyle: `${QUERY_ASSETS_PATH}/query-page.css`,
    config: QUERY_PAGE_CONFIG_PATH,
  };
  const html = renderQueryPage(deps.queries, urls);
  const config = JSON.stringify(buildQueryPageConfig(deps.queries, QUERY_PAGE_LABELS_PATH));

  router.get(QUERY_PAGE_PATH, (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('html').send(html);
  });

  router.get(QUERY_PAGE_CONFIG_PATH, (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('json').send(config);
  });

  // The labels (and their language) of the IRIs of a result, from the graph's label index.
  router.post(QUERY_PAGE_LABELS_PATH, express.json({ limit: '1mb' }), async (req, res) => {
    const parsed = labelsRequestSchema.safeParse(req.body);
    if (!parsed.success) throw new HttpError(400, `bad request: send {"iris": [IRI, …]} (at most 5000): ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    const index = await loadLabelIndex(deps.sparql);
    const labels: Record<string, { label: string; language?: string }> = {};
    for (const iri of parsed.data.iris) {
      const label = index.labelOf(iri);
      const language = index.languageOf(iri);
      if (label !== undefined) labels[iri] = { label, ...(language ? { language } : {}) };
    }
    res.set('Cache-Control', 'no-store').json({ labels });
  });

  router.get(`${QUERY_ASSETS_PATH}/yasgui/:file`, (req, res, next) => {
    const file = req.params.file as YasguiFile;
    if (!YASGUI_FILES.includes(file)) return next(new HttpError(404, `no such YASGUI file; served: ${YASGUI_FILES.join(', ')}`));
    res.sendFile(file, { root: yasguiDir, maxAge: '1h' }, (error) => error && next(error));
  });

  router.use(QUERY_ASSETS_PATH, express.static(join(PROJECT_ROOT, 'public', 'query'), { index: false, maxAge: 0, fallthrough: true }));
  return router;
}
