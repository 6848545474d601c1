// One SPARQL 1.1 protocol request to an external store, its failures turned into typed errors naming the store.
import { describeFetchFailure } from '../errors/describe-fetch-failure.ts';
import { QueryRefusedError, QueryTimeoutError } from '../errors/query-errors.ts';
import { StoreFailedError, StoreTimeoutError, StoreUnavailableError } from '../errors/store-errors.ts';
import { REQUEST_MEDIA_TYPES } from '../rdf/formats.ts';
import { replaceTags } from '../text/replace-tags.ts';

export interface RemoteRequest {
  /** The media type asked for (Accept); the answer must be in it. */
  accept: string;
  /** SPARQL protocol default-graph-uri and named-graph-uri: they override any FROM of the text. */
  defaultGraphs?: readonly string[];
  namedGraphs?: readonly string[];
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface RemoteAnswer {
  /** The media type of the body, without parameters. */
  contentType: string;
  body: string;
}

/** Longest part of a store's error text repeated in ours. */
const MESSAGE_CHARS = 400;

/**
 * Always a form-encoded POST: Virtuoso 7.2 never answers a POST whose body is application/sparql-query, and a GET
 * would put a long query and its graph list in the URL. The body is read whole under the same timeout, so a store
 * that stalls mid-body is aborted like one that never answers, and the failure is a rejected promise, never an
 * unhandled stream error.
 */
export async function askRemoteStore(url: string, query: string, request: RemoteRequest): Promise<RemoteAnswer> {
  const form = new URLSearchParams({ query });
  for (const graph of request.defaultGraphs ?? []) form.append('default-graph-uri', graph);
  for (const graph of request.namedGraphs ?? []) form.append('named-graph-uri', graph);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), request.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { accept: request.accept, 'content-type': `${REQUEST_MEDIA_TYPES.form}; charset=utf-8` },
      body: form,
      signal,
    });
    const body = await response.text();
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!response.ok) throw describeRefusal(url, response.status, contentType, body);
    if (contentType !== request.accept) {
      throw new StoreFailedError(`the store ${url} answered ${contentType || 'no content type'} when asked for ${request.accept}: ${summarise(body, contentType)}`);
    }
    // Virtuoso cuts a result at its ResultSetMaxRows and says so only in this header: a cut result is not an answer.
    const cut = response.headers.get('x-sparql-maxrows');
    if (cut !== null) throw new StoreFailedError(`the store ${url} cut the result at ${cut} rows (its ResultSetMaxRows): raise that limit in the store's configuration`);
    return { contentType, body };
  } catch (error) {
    if (error instanceof QueryRefusedError || error instanceof StoreFailedError) throw error;
    if (timeout.signal.aborted) throw new StoreTimeoutError(`the store ${url} did not answer within ${request.timeoutMs} ms; the request was aborted`);
    if (request.signal?.aborted) throw new QueryTimeoutError(`the query was aborted and its request to the store ${url} stopped`);
    throw new StoreUnavailableError(`the store ${url} cannot be reached: ${describeFetchFailure(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** A 400 is the query's fault (the store's parser speaks); anything else is the store's or its address's. */
function describeRefusal(url: string, status: number, contentType: string, body: string): Error {
  const text = summarise(body, contentType);
  if (status === 400) return new QueryRefusedError(`the store ${url} refused the query: ${text}`, 400);
  if (status >= 500) return new StoreFailedError(`the store ${url} failed (${status}): ${text}`);
  return new StoreFailedError(`the store ${url} answered ${status}${status === 404 ? ' (is it the URL of a SPARQL query endpoint?)' : ''}: ${text}`);
}

/** The store's own words, without its echo of the query (Virtuoso repeats it after "SPARQL query:") or HTML markup. */
function summarise(body: string, contentType: string): string {
  let text = body.split(/\n\s*SPARQL query:/)[0]!;
  if (contentType.includes('html')) text = replaceTags(text);
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > MESSAGE_CHARS ? `${text.slice(0, MESSAGE_CHARS)}…` : text || '(empty body)';
}
