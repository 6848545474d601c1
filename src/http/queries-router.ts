// The canned queries over HTTP: /queries lists them, /queries/NAME runs one with bound parameters.
import { pageQuery, readPageRequest, type PageRequest } from '../sparql/page-query.ts';
import { UsageError } from '../errors/usage-error.ts';
import { Router, type Request, type Response } from 'express';
import type { AppDeps } from './app-deps.ts';
import { HttpError } from '../errors/http-error.ts';
import { ENDPOINT_FORMATS, findFormat, listMediaTypes, REQUEST_MEDIA_TYPES } from '../rdf/formats.ts';
import { negotiateMediaType } from './negotiate-media-type.ts';
import { bindQueryParameters, QueryParameterError } from '../sparql/bind-query-parameters.ts';
import type { CannedQuery } from '../sparql/load-canned-queries.ts';

/** Query-string names that are not query parameters: the output format (see negotiateMediaType) and the page. */
const RESERVED = new Set(['format', 'limit', 'offset']);

export interface CannedQueryListing {
  name: string;
  title: string;
  questions: { fr: string; en: string };
  params: CannedQuery['params'];
  links: { run: string; csv: string; json: string; sparql: string };
}

export function createQueriesRouter(deps: AppDeps): Router {
  const router = Router();
  const byName = new Map(deps.queries.map((q) => [q.name, q]));

  router.get('/queries', (_req, res) => {
    res.json(deps.queries.map(describeQuery));
  });

  // The text of a query, as the analyst would paste it into a SPARQL client.
  router.get('/queries/:name.rq', (req, res) => {
    const query = findQuery(byName, req.params.name);
    res.type(`${REQUEST_MEDIA_TYPES.query}; charset=utf-8`).send(query.text);
  });

  router.get('/queries/:name', async (req, res) => {
    const query = findQuery(byName, req.params.name);
    const bindings = bindFromQueryString(query, req);
    const page = readPage(req, deps.sparql.resultLimit);
    const prepared = deps.sparql.prepare(pageQuery(query.text, page));
    res.vary('Accept');
    const mediaType = negotiateMediaType(req, listMediaTypes(ENDPOINT_FORMATS[prepared.kind]));
    const abort = new AbortController();
    // A client that hangs up must not keep a worker busy.
    res.on('close', () => abort.abort());
    const result = await deps.sparql.execute(prepared, mediaType, { signal: abort.signal, bindings });
    if (prepared.kind === 'bindings') describePage(req, res, page, result.count);
    sendResult(res, query, result, deps.sparql.resultLimit);
  });

  router.all(['/queries', '/queries/:name'], () => {
    throw new HttpError(405, 'the canned queries answer GET only', { Allow: 'GET, OPTIONS' });
  });
  return router;
}

function describeQuery(q: CannedQuery): CannedQueryListing {
  const run = `/queries/${q.name}`;
  return {
    name: q.name,
    title: q.title,
    questions: { fr: q.questionFr, en: q.questionEn },
    params: q.params,
    links: { run, csv: `${run}?format=csv`, json: `${run}?format=json`, sparql: `${run}.rq` },
  };
}

function findQuery(byName: ReadonlyMap<string, CannedQuery>, name: string): CannedQuery {
  const query = byName.get(name);
  if (!query) throw new HttpError(404, `no canned query "${name}"; the queries are: ${[...byName.keys()].join(', ')} (list: /queries)`);
  return query;
}

/** Every query-string parameter but `format` is a query parameter, given once, typed as declared; defaults fill the rest. */
function bindFromQueryString(query: CannedQuery, req: Request) {
  const values: [string, string][] = [];
  for (const [name, value] of Object.entries(req.query)) {
    if (RESERVED.has(name)) continue;
    if (Array.isArray(value)) throw new HttpError(400, `parameter "${name}" is given ${value.length} times; give it once`);
    if (typeof value !== 'string') throw new HttpError(400, `parameter "${name}" must be a plain value`);
    values.push([name, value]);
  }
  try {
    return bindQueryParameters(query, values);
  } catch (error) {
    if (error instanceof QueryParameterError) throw new HttpError(400, error.message);
    throw error;
  }
}

/** `?limit=` and `?offset=`: one page of the rows (DEFAULT_PAGE_SIZE when not given), never more than the result limit. */
function readPage(req: Request, resultLimit: number): PageRequest {
  const text = (name: string): string | undefined => {
    const value = req.query[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new HttpError(400, `parameter "${name}" is given more than once; give it once`);
    return value;
  };
  try {
    return readPageRequest({ limit: text('limit'), offset: text('offset') }, resultLimit, { limit: 'limit', offset: 'offset' });
  } catch (error) {
    if (error instanceof UsageError) throw new HttpError(400, error.message);
    throw error;
  }
}

/** Which rows this page holds, and the next page's address when this one is full (RFC 8288 Link). */
function describePage(req: Request, res: Response, page: PageRequest, rows: number): void {
  res.set('X-Page-Limit', String(page.limit));
  res.set('X-Page-Offset', String(page.offset));
  if (rows < page.limit) return;
  const next = new URLSearchParams(Object.entries(req.query).filter((e): e is [string, string] => typeof e[1] === 'string'));
  next.set('offset', String(page.offset + page.limit));
  next.set('limit', String(page.limit));
  res.set('Link', `<${req.baseUrl}${req.path}?${next.toString()}>; rel="next"`);
}

function sendResult(res: Response, query: CannedQuery, result: { contentType: string; body: string; count: number; truncated: boolean }, limit: number): void {
  res.set('X-Result-Count', String(result.count));
  if (result.truncated) {
    res.set('X-Result-Truncated', 'true');
    res.set('X-Result-Limit', String(limit));
    res.set('Warning', `199 - ${JSON.stringify(`results truncated to the first ${limit}`)}`);
  }
  const extension = findFormat(result.contentType)?.extension;
  if (extension) res.set('Content-Disposition', `inline; filename="${query.name}.${extension}"`);
  res.type(`${result.contentType}; charset=utf-8`).send(result.body);
}
