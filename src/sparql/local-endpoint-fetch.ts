// A fetch that answers SPARQL 1.1 protocol requests for one internal URL from the graph store, in process.
import type { GraphStore } from '../store/graph-store.ts';
import { PREFIXES } from '../vocab/namespaces.ts';
import { QueryRefusedError } from '../errors/query-errors.ts';
import { FORMATS, PAGE_MEDIA_TYPES, REQUEST_MEDIA_TYPES } from '../rdf/formats.ts';
import { inspectQuery } from '../store/inspect-query.ts';
import { chooseStoreFormat } from './choose-store-format.ts';

export interface LocalEndpointFetchOptions {
  /** The only URL answered; anything else is refused, so a query can never reach the network. */
  endpointUrl: string;
  timeoutMs: number;
}

type LocalStore = Pick<GraphStore, 'query' | 'graphs'>;

/**
 * Store failures (QueryTimeoutError, QuerySyntaxError, QueryRefusedError) are thrown rather than turned
 * into error responses, so that they reach the Comunica caller as the same typed objects.
 */
export interface EndpointDataset {
  defaultGraphs: string[];
  namedGraphs: string[];
}

/**
 * The URL of the local endpoint restricted to a dataset. The dataset travels in the path, not in the
 * query string, because Comunica's SPARQL client appends `?query=` to the URL when it sends a GET.
 */
export function buildDatasetEndpointUrl(endpointUrl: string, dataset: EndpointDataset): string {
  const key = Buffer.from(JSON.stringify([dataset.defaultGraphs, dataset.namedGraphs])).toString('base64url');
  return `${endpointUrl}/dataset/${key}`;
}

function readDatasetPath(endpointKey: string, path: string): EndpointDataset | undefined {
  if (path === endpointKey) return { defaultGraphs: [], namedGraphs: [] };
  const prefix = `${endpointKey}/dataset/`;
  if (!path.startsWith(prefix)) return undefined;
  try {
    const [defaultGraphs, namedGraphs] = JSON.parse(Buffer.from(path.slice(prefix.length), 'base64url').toString('utf8')) as [unknown, unknown];
    const strings = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined);
    const d = strings(defaultGraphs);
    const n = strings(namedGraphs);
    return d && n ? { defaultGraphs: d, namedGraphs: n } : undefined;
  } catch {
    return undefined;
  }
}

export function createLocalEndpointFetch(store: LocalStore, options: LocalEndpointFetchOptions): typeof fetch {
  const endpoint = new URL(options.endpointUrl);
  const endpointKey = endpoint.origin + endpoint.pathname;

  return async (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(request ? request.url : String(input));
    const dataset = readDatasetPath(endpointKey, url.origin + url.pathname);
    if (dataset === undefined) {
      return respondWithText(403, `Refused: only ${endpointKey} is reachable from this query engine, not ${url.href}`);
    }
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    const headers = new Headers(init?.headers ?? request?.headers);
    const signal = init?.signal ?? request?.signal ?? undefined;
    const params = new URLSearchParams(url.search);

    let query: string | null;
    if (method === 'GET' || method === 'HEAD') {
      query = params.get('query');
    } else if (method === 'POST' || method === 'QUERY') {
      const body = await readBody(init?.body ?? (request?.body ? await request.text() : undefined));
      const contentType = (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (contentType === REQUEST_MEDIA_TYPES.form) {
        // In a form-encoded POST every protocol parameter travels in the body.
        for (const [key, value] of new URLSearchParams(body)) params.append(key, value);
        query = params.get('query');
      } else if (contentType === REQUEST_MEDIA_TYPES.query) {
        query = body;
      } else if (contentType === REQUEST_MEDIA_TYPES.update) {
        return respondWithText(403, 'Refused: this endpoint is read-only');
      } else {
        return respondWithText(415, `Unsupported request content type "${contentType}"`);
      }
    } else {
      return respondWithText(405, `Method ${method} is not allowed`, { allow: 'GET, POST' });
    }

    if (params.has('update')) return respondWithText(403, 'Refused: this endpoint is read-only');
    if (query === null) return describeService(options.endpointUrl, store.graphs());

    const defaultGraphs = [...params.getAll('default-graph-uri'), ...dataset.defaultGraphs];
    const namedGraphs = [...params.getAll('named-graph-uri'), ...dataset.namedGraphs];
    const format = chooseFormat(query, headers.get('accept') ?? undefined);
    const result = await store.query(query, {
      format,
      timeoutMs: options.timeoutMs,
      ...(defaultGraphs.length > 0 ? { defaultGraphs } : {}),
      ...(namedGraphs.length > 0 ? { namedGraphs } : {}),
      ...(signal ? { signal } : {}),
    });
    return new Response(method === 'HEAD' ? null : result.body, {
      status: 200,
      headers: { 'content-type': `${result.contentType}; charset=utf-8` },
    });
  };
}

/**
 * The one negotiation of this request (the store writes what it is given). An update goes on to the store, which
 * refuses it whatever was accepted; an unreadable query is read as SELECT, so that Oxigraph's parser explains it.
 */
function chooseFormat(query: string, accept: string | undefined): string {
  const { form } = inspectQuery(query);
  if (form === 'UPDATE') return FORMATS.sparqlJson.mediaType;
  const format = chooseStoreFormat(form, accept);
  if (format === undefined) throw new QueryRefusedError(`No acceptable media type for a ${form === 'UNKNOWN' ? 'SELECT' : form} result (Accept: ${accept ?? '*/*'})`, 406);
  return format;
}

async function readBody(body: BodyInit | null | undefined): Promise<string> {
  if (body === null || body === undefined) return '';
  if (typeof body === 'string') return body;
  // Response decodes every other body kind (URLSearchParams, bytes, streams) the way fetch would send it.
  return new Response(body).text();
}

/** The result formats the description names (those Comunica reads from a SPARQL endpoint). */
const DESCRIBED_FORMATS = [FORMATS.sparqlJson, FORMATS.sparqlXml, FORMATS.csv, FORMATS.tsv, FORMATS.nTriples, FORMATS.turtle];

/**
 * What a GET without a query answers. Comunica never asks for it when the source is typed 'sparql' and alone,
 * but does when handed the bare URL, and fails on a 404; so a minimal description it understands is served.
 */
function describeService(endpointUrl: string, graphs: string[]): Response {
  const named = graphs.map((g) => `[ a sd:NamedGraph ; sd:name <${g}> ]`).join(', ');
  const turtle = `@prefix sd: <${PREFIXES.sd}> .
[] a sd:Service ;
  sd:endpoint <${endpointUrl}> ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:feature sd:UnionDefaultGraph ;
  sd:resultFormat ${DESCRIBED_FORMATS.map((f) => `<${PREFIXES.formats}${f.w3c}>`).join(', ')} ;
  sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ]${named ? ` ;\n    sd:namedGraph ${named}` : ''} ] .
`;
  // Cacheable: without it Comunica dereferences the description again for every query, and with it
  // rebuilds the source, losing the COUNT cardinalities it had cached on it.
  return new Response(turtle, {
    status: 200,
    headers: { 'content-type': `${FORMATS.turtle.mediaType}; charset=utf-8`, 'cache-control': 'max-age=31536000, immutable' },
  });
}

function respondWithText(status: number, message: string, extra: Record<string, string> = {}): Response {
  return new Response(message, { status, headers: { 'content-type': `${PAGE_MEDIA_TYPES.text}; charset=utf-8`, ...extra } });
}
