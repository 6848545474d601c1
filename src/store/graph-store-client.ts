// An HTTP client of the SPARQL 1.1 Graph Store Protocol (indirect graph identification), with Basic or Digest auth.
import DigestClient from 'digest-fetch';
import { describeFetchFailure } from '../errors/describe-fetch-failure.ts';
import type { StoreCredentials } from '../config/store-credentials.ts';
import { StoreError } from '../errors/store-errors.ts';
import { FORMATS } from '../rdf/formats.ts';
import { replaceTags } from '../text/replace-tags.ts';

export interface GraphStoreClientOptions {
  /** The store's Graph Store endpoint, e.g. http://localhost:8890/sparql-graph-crud-auth. */
  readonly url: string;
  /** The query parameter naming the graph: `graph` in the protocol (Virtuoso 7 also takes its older `graph-uri`). */
  readonly graphParam: string;
  readonly credentials?: StoreCredentials;
  /** Longest wait for one request, body included: a store that takes the connection and never answers fails. */
  readonly timeoutMs: number;
}

/** What a write came to: done, or refused as too large (413), which the caller answers by sending smaller parts. */
export type StoreWriteResult = 'done' | 'too-large';

export interface GraphStoreClient {
  /** PUT replaces the graph, POST adds to it. */
  write(method: 'PUT' | 'POST', graph: string, body: string | Uint8Array<ArrayBuffer>, mediaType: string): Promise<StoreWriteResult>;
  /** Removes the graph; one that does not exist is no failure. */
  remove(graph: string): Promise<void>;
  /** The graph as text and its media type; undefined when the store has no such graph or does not say. */
  read(graph: string): Promise<{ text: string; mediaType: string } | undefined>;
}

const CREDENTIAL_VARIABLES = 'ROPA_STORE_USER and ROPA_STORE_PASSWORD';

export function createGraphStoreClient(options: GraphStoreClientOptions): GraphStoreClient {
  const send = createAuthenticatedFetch(options);
  const graphUrl = (graph: string) => {
    const url = new URL(options.url);
    url.searchParams.set(options.graphParam, graph);
    return url.href;
  };
  return {
    async write(method, graph, body, mediaType) {
      const response = await send(graphUrl(graph), { method, headers: { 'content-type': mediaType }, body });
      if (response.status === 413) {
        await response.body?.cancel();
        return 'too-large';
      }
      await checkResponse(response, `${method} <${graph}>`, options);
      return 'done';
    },
    async remove(graph) {
      const response = await send(graphUrl(graph), { method: 'DELETE', headers: {} });
      if (response.status === 404) await response.body?.cancel();
      else await checkResponse(response, `DELETE <${graph}>`, options);
    },
    async read(graph) {
      const response = await send(graphUrl(graph), { method: 'GET', headers: { accept: `${FORMATS.nTriples.mediaType}, ${FORMATS.turtle.mediaType};q=0.9` } });
      if (response.status === 401 || response.status === 403) await checkResponse(response, `GET <${graph}>`, options);
      // A store that does not serve graphs (405) or lacks this one (404) has nothing to tell.
      if (!response.ok) {
        await response.body?.cancel();
        return undefined;
      }
      const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      return { text: await response.text(), mediaType };
    },
  };
}

interface PlainRequest {
  method: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
  signal?: AbortSignal;
}

/**
 * Sends without credentials until the store asks for them (401), then answers its challenge: Digest (Virtuoso's
 * /sparql-graph-crud-auth) through digest-fetch, which also answers later challenges (a stale nonce), or Basic,
 * sent with every request from then on. The password goes into headers only, never into a message.
 */
function createAuthenticatedFetch(options: GraphStoreClientOptions): (url: string, request: PlainRequest) => Promise<Response> {
  let scheme: 'basic' | 'digest' | undefined;
  let digest: DigestClient | undefined;
  const credentials = options.credentials;
  const basic = (request: PlainRequest): PlainRequest =>
    credentials ? { ...request, headers: { ...request.headers, authorization: `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString('base64')}` } } : request;
  // digest-fetch sets its Authorization header on the object it is given: each call gets a copy.
  const viaDigest = (client: DigestClient, url: string, request: PlainRequest) => client.fetch(url, { ...request, headers: { ...request.headers } }) as Promise<Response>;

  return async (url, plain) => {
    // One deadline per request, the 401 round included: a store that stalls must not hold a publish forever.
    const request = { ...plain, signal: AbortSignal.timeout(options.timeoutMs) };
    try {
      if (scheme === 'basic') return await fetch(url, basic(request));
      if (scheme === 'digest' && digest) return await viaDigest(digest, url, request);
      const response = await fetch(url, request);
      if (response.status !== 401 || !credentials) return response;
      const challenge = response.headers.get('www-authenticate') ?? '';
      await response.body?.cancel();
      const digestAt = challenge.search(/\bDigest\b/i);
      if (digestAt >= 0) {
        scheme = 'digest';
        digest = new DigestClient(credentials.user, credentials.password);
        digest.parseAuth(challenge.slice(digestAt));
        return await viaDigest(digest, url, request);
      }
      // A Basic challenge, or none the client knows: Basic is what such a store most likely takes.
      scheme = 'basic';
      return await fetch(url, basic(request));
    } catch (error) {
      if (request.signal.aborted) throw new StoreError(`the store at ${options.url} did not answer ${plain.method} within ${options.timeoutMs} ms (--timeout)`);
      throw new StoreError(`the store at ${options.url} is unreachable: ${describeFetchFailure(error)}`);
    }
  };
}

async function checkResponse(response: Response, what: string, options: GraphStoreClientOptions): Promise<void> {
  if (response.ok) {
    await response.body?.cancel();
    return;
  }
  const firstLine = readFirstLine(await response.text().catch(() => ''));
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (response.status === 401 || response.status === 403) {
    throw new StoreError(
      options.credentials
        ? `the store at ${options.url} refused the credentials of ${CREDENTIAL_VARIABLES} (${status})`
        : `the store at ${options.url} asks for credentials (${status}): set ${CREDENTIAL_VARIABLES}`,
    );
  }
  throw new StoreError(`the store at ${options.url} answered ${status} to ${what}${firstLine ? `: ${firstLine}` : ''}`);
}

/** The first line of an error body that says something, without HTML tags, at most 200 characters. */
function readFirstLine(body: string): string {
  const lines = replaceTags(body, '\n').split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim());
  const line = lines.find((l) => l.length > 0) ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
