// The analysts' query page at /query: YASGUI served locally, with the canned queries as examples.
import express, { Router } from 'express';
import { join } from 'node:path';
import type { AppDeps } from './app-deps.ts';
import { PROJECT_ROOT } from '../config/project-paths.ts';
import { HttpError } from '../errors/http-error.ts';
import { QUERY_PAGE_PATH } from '../html/site-sections.ts';
import { locateYasguiBuild, YASGUI_FILES, type YasguiFile } from './query-page/locate-yasgui-build.ts';
import { buildQueryPageConfig } from './query-page/build-query-page-config.ts';
import { renderQueryPage, type QueryPageUrls } from './query-page/render-query-page.ts';

/** Our static files (public/query/) and YASGUI's are both under this prefix; /assets belongs to the site. */
export const QUERY_ASSETS_PATH = '/query-assets';
export const QUERY_PAGE_CONFIG_PATH = '/query-page/config.json';

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
  const config = JSON.stringify(buildQueryPageConfig(deps.queries));

  router.get(QUERY_PAGE_PATH, (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('html').send(html);
  });

  router.get(QUERY_PAGE_CONFIG_PATH, (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('json').send(config);
  });

  router.get(`${QUERY_ASSETS_PATH}/yasgui/:file`, (req, res, next) => {
    const file = req.params.file as YasguiFile;
    if (!YASGUI_FILES.includes(file)) return next(new HttpError(404, `no such YASGUI file; served: ${YASGUI_FILES.join(', ')}`));
    res.sendFile(file, { root: yasguiDir, maxAge: '1h' }, (error) => error && next(error));
  });

  router.use(QUERY_ASSETS_PATH, express.static(join(PROJECT_ROOT, 'public', 'query'), { index: false, maxAge: 0, fallthrough: true }));
  return router;
}
