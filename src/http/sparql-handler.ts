// The SPARQL 1.1 Protocol at /sparql: GET and both POST forms, dataset parameters, negotiation, caps.
import express, { Router, type Request, type Response } from 'express';
import contentType from 'content-type';
import type { AppDeps } from './app-deps.ts';
import { HttpError } from '../errors/http-error.ts';
import { chooseSparqlFormat } from './choose-sparql-format.ts';
import { sendServiceDescription } from './service-description-handler.ts';
import { FORMATS, REQUEST_MEDIA_TYPES } from '../rdf/formats.ts';

const { query: QUERY, update: UPDATE, form: FORM } = REQUEST_MEDIA_TYPES;

export function createSparqlRouter(deps: AppDeps): Router {
  const router = Router();
  const limit = deps.config.bodyLimitBytes;
  router.use('/sparql', express.urlencoded({ extended: false, limit, parameterLimit: 100 }));
  router.use('/sparql', express.text({ type: [QUERY, UPDATE], limit }));

  router.get('/sparql', async (req, res) => {
    if (req.query.query === undefined) {
      if (req.query.update !== undefined) throw refuseUpdate();
      return sendServiceDescription(deps, req, res);
    }
    await answer(deps, req, res, single(req.query.query, 'query'), req.query);
  });

  router.post('/sparql', async (req, res) => {
    const charset = readCharset(req.get('content-type'));
    // The protocol requires UTF-8 bodies; silently transcoding another charset would hide a client bug.
    if (charset && !/^utf-?8$/i.test(charset)) throw new HttpError(415, `request body charset "${charset}" is not accepted; send UTF-8`);
    const type = req.is([FORM, QUERY, UPDATE]);
    if (type === UPDATE) throw refuseUpdate();
    if (type === QUERY) {
      if (req.query.query !== undefined) throw new HttpError(400, 'the query is given twice: in the request body and in the URL');
      if (typeof req.body !== 'string' || req.body.trim() === '') throw new HttpError(400, 'the request body holds no query');
      return answer(deps, req, res, req.body, req.query);
    }
    if (type === FORM) {
      const form = req.body as Record<string, unknown>;
      if (form.update !== undefined) throw refuseUpdate();
      if (form.query === undefined) throw new HttpError(400, 'missing "query" parameter in the form body');
      if (req.query.query !== undefined) throw new HttpError(400, 'the query is given twice: in the request body and in the URL');
      return answer(deps, req, res, single(form.query, 'query'), { ...req.query, ...form });
    }
    throw new HttpError(415, `unsupported request body type "${req.get('content-type') ?? '(none)'}"; send application/x-www-form-urlencoded or application/sparql-query`);
  });

  router.all('/sparql', () => {
    throw new HttpError(405, 'the SPARQL endpoint answers GET and POST only', { Allow: 'GET, POST, OPTIONS' });
  });
  return router;
}

async function answer(deps: AppDeps, req: Request, res: Response, query: string, params: Record<string, unknown>): Promise<void> {
  const prepared = deps.sparql.prepare(query, {
    defaultGraphUris: many(params['default-graph-uri']),
    namedGraphUris: many(params['named-graph-uri']),
  });
  res.vary('Accept');
  const mediaType = chooseSparqlFormat(req, params, prepared.kind);
  const abort = new AbortController();
  // A client that hangs up must not keep a worker busy.
  res.on('close', () => abort.abort());
  const strict = readStrict(params.strict);
  const result = await deps.sparql.execute(prepared, mediaType, { signal: abort.signal, ...(strict === undefined ? {} : { strict }) });
  res.set('X-Result-Count', String(result.count));
  const warnings = [...prepared.warnings];
  if (result.truncated) {
    res.set('X-Result-Truncated', 'true');
    res.set('X-Result-Limit', String(deps.sparql.resultLimit));
    warnings.push(`results truncated to the first ${deps.sparql.resultLimit}; add LIMIT/OFFSET to page through them`);
  }
  if (result.failedSources.length > 0) {
    res.set('X-Federation-Failed-Sources', result.failedSources.map((f) => f.url).join(', '));
    for (const f of result.failedSources) {
      warnings.push(`federated source ${f.url} failed (${f.reason}); the answer is without it`);
      deps.log(`federation: source ${f.url} failed (${f.reason}) during a query; answered without it`);
    }
  }
  if (warnings.length > 0) res.set('Warning', warnings.map((w) => `199 - ${JSON.stringify(w)}`).join(', '));
  res.type(withCharset(result.contentType)).send(result.body);
}

function readStrict(value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new HttpError(400, `the "strict" parameter must be true or false, not ${JSON.stringify(value)}`);
}

function readCharset(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  try {
    return contentType.parse(header).parameters.charset;
  } catch {
    throw new HttpError(415, `malformed Content-Type header "${header}"`);
  }
}

function refuseUpdate(): HttpError {
  return new HttpError(405, 'SPARQL Update is not accepted: this endpoint is read-only', { Allow: 'GET, POST, OPTIONS' });
}

function single(value: unknown, name: string): string {
  if (Array.isArray(value)) throw new HttpError(400, `the "${name}" parameter is given ${value.length} times; give it once`);
  if (typeof value !== 'string') throw new HttpError(400, `the "${name}" parameter must be a string`);
  if (value.trim() === '') throw new HttpError(400, `the "${name}" parameter is empty`);
  return value;
}

function many(value: unknown): string[] {
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.map((v) => {
    if (typeof v !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(v)) throw new HttpError(400, `not an absolute IRI in a graph parameter: ${String(v)}`);
    return v;
  });
}

function withCharset(type: string): string {
  return type === FORMATS.nTriples.mediaType || type.startsWith('text/') || type.endsWith('json') || type.endsWith('xml') ? `${type}; charset=utf-8` : type;
}
