// Graph exploration: the JSON API under /explore/* (described at /explore/openapi.json) and the /explore page.
import express, { Router, type Response } from 'express';
import { join } from 'node:path';
import type { AppDeps } from './app-deps.ts';
import { createPerGeneration } from './per-generation.ts';
import { HttpError } from '../errors/http-error.ts';
import { PROJECT_ROOT } from '../config/project-paths.ts';
import type { ExplorerGraph, ExplorerNode } from '../explorer/explorer-graph.ts';
import { loadExplorerGraph } from '../explorer/load-explorer-graph.ts';
import { readCatalogueSensitivity } from '../explorer/read-catalogue-sensitivity.ts';
import type { SensitivityKind } from '../explorer/node-types.ts';
import {
  graphParamsSchema,
  nodeParamsSchema,
  parseParams,
  pathParamsSchema,
  searchParamsSchema,
  statsParamsSchema,
} from '../explorer/explore-params.ts';
import { searchNodes } from '../explorer/search-nodes.ts';
import { buildNeighbourhood } from '../explorer/build-neighbourhood.ts';
import { findShortestPaths } from '../explorer/find-shortest-paths.ts';
import { computeStats, type ExplorerStats } from '../explorer/compute-stats.ts';
import { buildOverview } from '../explorer/build-overview.ts';
import { readNodeProperties } from '../explorer/read-node-properties.ts';
import { nodeJson, nodeRef } from '../explorer/explorer-json.ts';
import { GRAPH_LIBRARY_FILES, locateGraphLibrary, type GraphLibraryFile } from '../explorer/locate-graph-library.ts';
import { renderExplorePage } from '../explorer/render-explore-page.ts';

/** Our static files (public/explore/) and the graph library's, under one prefix. */
export const EXPLORE_ASSETS_PATH = '/explore-assets';
export const EXPLORE_OPENAPI_PATH = '/explore/openapi.json';
const PUBLIC_EXPLORE_DIR = join(PROJECT_ROOT, 'public', 'explore');
/** The graph only changes when the server restarts on a new build: answers may be reused for a while. */
const API_CACHE = 'public, max-age=300';

export function createExploreRouter(deps: AppDeps): Router {
  const router = Router();
  const baseIri = deps.config.baseIri;
  const library = locateGraphLibrary();
  const html = renderExplorePage({
    scripts: [...GRAPH_LIBRARY_FILES.map((f) => `${EXPLORE_ASSETS_PATH}/lib/${f}`), `${EXPLORE_ASSETS_PATH}/explore-page.js`],
    style: `${EXPLORE_ASSETS_PATH}/explore-page.css`,
    api: '/explore',
    openapi: EXPLORE_OPENAPI_PATH,
  });

  // Read again for each generation of the graph: a rebuild may come from edited catalogues.
  const sensitivities = createPerGeneration(deps, () => ({ read: undefined as Promise<Map<string, SensitivityKind>> | undefined }));
  const graph = async (): Promise<ExplorerGraph> => {
    const sensitivity = sensitivities();
    // The catalogues only say which kind of sensitive data a category is; without them the graph's own types still flag it.
    sensitivity.read ??= readCatalogueSensitivity(baseIri).catch((error: unknown) => {
      deps.log(`explorer: catalogues unreadable, sensitivity from the graph only: ${(error as Error).message}`);
      return new Map();
    });
    return loadExplorerGraph(deps.sparql, { baseIri, catalogueSensitivity: await sensitivity.read });
  };
  const requireNode = (g: ExplorerGraph, iri: string, parameter: string): ExplorerNode => {
    const node = g.nodes.get(iri);
    if (!node) throw new HttpError(404, `no node <${iri}> in the explorer (parameter "${parameter}"): it is not in the graph, or not one of the types the explorer shows`);
    return node;
  };
  const statsCache = new WeakMap<ExplorerGraph, Map<number, ExplorerStats>>();

  router.get('/explore', (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('html').send(html);
  });

  router.get(EXPLORE_OPENAPI_PATH, (_req, res, next) => {
    res.set('Cache-Control', 'no-cache').type('json').sendFile('openapi.json', { root: PUBLIC_EXPLORE_DIR }, (error) => error && next(error));
  });

  router.get('/explore/search', async (req, res) => {
    const params = parseParams(searchParamsSchema, req.query);
    const g = await graph();
    const { hits, total } = searchNodes(g, params.q, { types: params.types, limit: params.limit });
    sendJson(res, {
      query: params.q,
      total,
      results: hits.map((hit) => ({ ...nodeJson(g, hit.node, baseIri), match: hit.match, matched: hit.matched })),
    });
  });

  router.get('/explore/node', async (req, res) => {
    const params = parseParams(nodeParamsSchema, req.query);
    const g = await graph();
    const focus = requireNode(g, params.iri, 'iri');
    const view = buildNeighbourhood(g, focus, { depth: params.depth, types: params.types, limit: params.limit, baseIri });
    const properties = await readNodeProperties(deps.sparql, g, focus.iri, abortOnClose(res));
    sendJson(res, { ...view, types: [...params.types], limit: params.limit, properties });
  });

  router.get('/explore/path', async (req, res) => {
    const params = parseParams(pathParamsSchema, req.query);
    const g = await graph();
    const from = requireNode(g, params.from, 'from');
    const to = requireNode(g, params.to, 'to');
    const result = findShortestPaths(g, from.iri, to.iri, { maxLength: params.maxLength, limit: params.limit, through: params.types, baseIri });
    sendJson(res, { ...result, fromNode: nodeRef(from), toNode: nodeRef(to), maxLength: params.maxLength });
  });

  router.get('/explore/graph', async (req, res) => {
    const params = parseParams(graphParamsSchema, req.query);
    const g = await graph();
    sendJson(res, { types: [...params.types], limit: params.limit, ...buildOverview(g, { types: params.types, limit: params.limit, baseIri }) });
  });

  router.get('/explore/stats', async (req, res) => {
    const params = parseParams(statsParamsSchema, req.query);
    const g = await graph();
    let byLimit = statsCache.get(g);
    if (!byLimit) statsCache.set(g, (byLimit = new Map()));
    let stats = byLimit.get(params.limit);
    if (!stats) byLimit.set(params.limit, (stats = computeStats(g, { limit: params.limit, baseIri })));
    sendJson(res, stats);
  });

  router.get(`${EXPLORE_ASSETS_PATH}/lib/:file`, (req, res, next) => {
    const file = req.params.file as GraphLibraryFile;
    if (!GRAPH_LIBRARY_FILES.includes(file)) return next(new HttpError(404, `no such file; served: ${GRAPH_LIBRARY_FILES.join(', ')}`));
    res.sendFile(library[file], { maxAge: '1h' }, (error) => error && next(error));
  });
  router.use(EXPLORE_ASSETS_PATH, express.static(PUBLIC_EXPLORE_DIR, { index: false, maxAge: 0, fallthrough: true }));

  return router;
}

function sendJson(res: Response, body: unknown): void {
  res.set('Cache-Control', API_CACHE).json(body);
}

function abortOnClose(res: Response): AbortSignal {
  const controller = new AbortController();
  res.on('close', () => controller.abort());
  return controller.signal;
}

