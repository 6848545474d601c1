// The engine's fetch when federating: the local store in process, the listed endpoints over HTTP, nothing else.
import { describeFetchFailure } from '../errors/describe-fetch-failure.ts';
import { QueryError } from '../errors/query-errors.ts';
import { federationReports } from './federation-report.ts';
import { inspectQuery } from '../store/inspect-query.ts';
import { readSourceAnswer } from './read-source-answer.ts';
import { FORMATS, REQUEST_MEDIA_TYPES } from '../rdf/formats.ts';

/** A federated source failed and the request asked for a strict answer. */
export class FederationSourceError extends QueryError {
  constructor(message: string) {
    super(message, 502);
  }
}

export interface FederatedFetchOptions {
  local: { endpointUrl: string; fetch: typeof fetch };
  /** SPARQL endpoints of other instances (or any SPARQL 1.1 endpoint). */
  remotes: readonly string[];
  /** Per request to a remote source. */
  timeoutMs: number;
  /** Strict: a failed source fails the query. Lenient: the source counts as empty and the failure is reported. */
  isStrict: () => boolean;
  fetchRemote?: typeof fetch;
}

export function createFederatedFetch(options: FederatedFetchOptions): typeof fetch {
  const remoteKeys = new Map(options.remotes.map((url) => [keyOf(url), url]));
  const localKey = keyOf(options.local.endpointUrl);
  const fetchRemote = options.fetchRemote ?? fetch;

  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const key = `${url.origin}${url.pathname}`;
    if (key === localKey || key.startsWith(`${localKey}/`)) return options.local.fetch(input, init);
    const remote = remoteKeys.get(key);
    if (remote === undefined) return new Response(`Refused: ${url.href} is not a source of this endpoint`, { status: 403 });

    const report = federationReports.getStore();
    // A source that already failed during this query is not waited for again: one timeout per query, not per pattern.
    const earlier = report?.failures.find((f) => f.url === remote);
    if (earlier) {
      if (options.isStrict()) throw new FederationSourceError(`federated source ${remote} failed: ${earlier.reason}`);
      return emptyAnswer(new Headers(init?.headers).get('accept') ?? '', await readQueryForm(url, init));
    }
    const signals = [AbortSignal.timeout(options.timeoutMs), ...(init?.signal ? [init.signal] : [])];
    const accept = new Headers(init?.headers).get('accept') ?? '';
    try {
      const response = await fetchRemote(input, { ...init, signal: AbortSignal.any(signals) });
      if (response.status >= 500) {
        await response.body?.cancel().catch(() => undefined);
        throw new Error(`HTTP ${response.status}`);
      }
      // The timeout covers the whole body, not only the headers: a source that stalls mid-body fails here.
      return await readSourceAnswer(response, accept);
    } catch (error) {
      if (init?.signal?.aborted) throw error; // our own caller gave up (timeout of the whole query): not the source's fault
      const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : describeFetchFailure(error);
      report?.record({ url: remote, reason });
      if (options.isStrict()) throw new FederationSourceError(`federated source ${remote} failed: ${reason}`);
      return emptyAnswer(accept, await readQueryForm(url, init));
    }
  };
}

/** The form of the query the engine sent, read from the request as the protocol carries it. */
async function readQueryForm(url: URL, init: RequestInit | undefined): Promise<string> {
  let query = url.searchParams.get('query');
  if (query === null && typeof init?.body === 'string') {
    const type = new Headers(init.headers).get('content-type') ?? '';
    query = type.includes(REQUEST_MEDIA_TYPES.form) ? new URLSearchParams(init.body).get('query') : init.body;
  } else if (query === null && init?.body instanceof URLSearchParams) {
    query = init.body.get('query');
  }
  return query === null ? 'UNKNOWN' : inspectQuery(query).form;
}

function keyOf(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

/**
 * A failed source in lenient mode answers as an empty endpoint would, in the format the engine asked for,
 * so Comunica carries on with the other sources.
 */
function emptyAnswer(accept: string, form: string): Response {
  const { sparqlJson, sparqlXml, nTriples } = FORMATS;
  const [type, body] = form === 'ASK'
    ? [sparqlJson.mediaType, JSON.stringify({ head: {}, boolean: false })]
    : accept.includes(sparqlJson.mediaType)
    ? [sparqlJson.mediaType, JSON.stringify({ head: { vars: [] }, results: { bindings: [] } })]
    : accept.includes(sparqlXml.mediaType)
      ? [sparqlXml.mediaType, '<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/><results/></sparql>']
      : [nTriples.mediaType, ''];
  return new Response(body, { status: 200, headers: { 'content-type': type } });
}
