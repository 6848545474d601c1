// The canned queries over HTTP: /queries lists them, /queries/NAME runs one with bound parameters.
import { Router, type Request, type Response } from 'express';
import type { AppDeps } from './app-deps.ts';
import { HttpError } from '../errors/http-error.ts';
import { FILE_EXTENSIONS, MEDIA_TYPES } from './media-types.ts';
import { negotiateMediaType } from './negotiate-media-type.ts';
import { bindQueryParameters, QueryParameterError } from '../sparql/bind-query-parameters.ts';
import type { CannedQuery } from '../sparql/load-canned-queries.ts';

/** Query-string names that are not query parameters: the output format (see negotiateMediaType). */
const RESERVED = new Set(['format']);

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
    res.type('application/sparql-query; charset=utf-8').send(query.text);
  });

  router.get('/queries/:name', async (req, res) => {
    const query = findQuery(byName, req.params.name);
    const bindings = bindFromQueryString(query, req);
    const prepared = deps.sparql.prepare(query.text);
    res.vary('Accept');
    const mediaType = negotiateMediaType(req, MEDIA_TYPES[prepared.kind]);
    const abort = new AbortController();
    // A client that hangs up must not keep a worker busy.
    res.on('close', () => abort.abort());
    const result = await deps.sparql.execute(prepared, mediaType, { signal: abort.signal, bindings });
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

function sendResult(res: Response, query: CannedQuery, result: { contentType: string; body: string; count: number; truncated: boolean }, limit: number): void {
  res.set('X-Result-Count', String(result.count));
  if (result.truncated) {
    res.set('X-Result-Truncated', 'true');
    res.set('X-Result-Limit', String(limit));
    res.set('Warning', `199 - ${JSON.stringify(`results truncated to the first ${limit}`)}`);
  }
  const extension = FILE_EXTENSIONS[result.contentType];
  if (extension) res.set('Content-Disposition', `inline; filename="${query.name}.${extension}"`);
  res.type(`${result.contentType}; charset=utf-8`).send(result.body);
}
