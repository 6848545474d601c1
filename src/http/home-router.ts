// The site's own pages: the home page at / (and old query-page links sent on to /query), the accessibility statement.
import { Router } from 'express';
import type { AppDeps } from './app-deps.ts';
import { ACCESSIBILITY_PATH, QUERY_PAGE_PATH } from '../html/site-sections.ts';
import { renderAccessibilityPage } from './site-pages/render-accessibility-page.ts';
import { loadDatasetStats } from '../linked-data/load-dataset-stats.ts';
import { renderHomePage } from './site-pages/render-home-page.ts';
import { resourcePath } from '../linked-data/resource-path.ts';

export function createHomeRouter(deps: AppDeps): Router {
  const router = Router();
  const statement = renderAccessibilityPage();

  router.get('/', async (req, res) => {
    // The query page used to be the home page: a shared YASGUI link (/?query=…) still opens the query.
    const search = req.originalUrl.indexOf('?');
    if (search >= 0) return res.redirect(301, `${QUERY_PAGE_PATH}${req.originalUrl.slice(search)}`);
    const stats = await loadDatasetStats(deps.sparql, deps.config.baseIri);
    const registers = stats.registers.map((r) => ({ ...r, href: resourcePath(r.iri, deps.config.baseIri) }));
    res.set('Cache-Control', 'no-cache').type('html').send(renderHomePage(registers));
  });

  router.get(ACCESSIBILITY_PATH, (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('html').send(statement);
  });

  return router;
}
