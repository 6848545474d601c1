// serve --store against a store that misbehaves mid-answer: every request gets an error naming it, and the server stays up.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameManifestGraph } from '../../src/rdf/store-manifest-quads.ts';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';

const BASE = 'https://ropa.test.example/';
const GRAPH = `${BASE}graph/catalogues`;
const JSON_RESULTS = 'application/sparql-results+json';

/** The manifest query's answer: one graph of 10 triples. */
const MANIFEST = JSON.stringify({
  head: { vars: ['dataset', 'hash', 'triples', 'subset', 'subsetTriples'] },
  results: {
    bindings: [
      {
        dataset: { type: 'uri', value: nameManifestGraph(BASE) },
        hash: { type: 'literal', value: 'b'.repeat(64) },
        triples: { type: 'literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: '10' },
        subset: { type: 'uri', value: GRAPH },
        subsetTriples: { type: 'literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: '10' },
      },
    ],
  },
});

/** How the fake store answers any query but the manifest's, by the word the test's query carries. */
const BEHAVIOURS: Record<string, (res: import('node:http').ServerResponse) => void> = {
  stall: (res) => {
    res.writeHead(200, { 'content-type': JSON_RESULTS });
    res.write('{"head":{"vars":["s"]},"results":{"bindings":[{"s":');
  },
  reset: (res) => {
    res.writeHead(200, { 'content-type': JSON_RESULTS });
    res.write('{"head":{"vars":["s"]},"results":{"bindings":[');
    setTimeout(() => res.socket?.destroy(), 20);
  },
  invalid: (res) => void res.writeHead(200, { 'content-type': JSON_RESULTS }).end('{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri",'),
  html: (res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Please log in</body></html>'),
};

describe('serve --store with a store that misbehaves', () => {
  let fake: Server;
  let storeUrl: string;
  let server: TestServer;

  beforeAll(async () => {
    fake = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const query = new URLSearchParams(body).get('query') ?? '';
        if (query.includes('ropa:inputsHash')) return void res.writeHead(200, { 'content-type': JSON_RESULTS }).end(MANIFEST);
        const behaviour = Object.keys(BEHAVIOURS).find((word) => query.includes(`#${word}`));
        BEHAVIOURS[behaviour ?? 'stall']!(res);
      });
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    storeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/sparql`;
    server = await startTestServer({ store: storeUrl, queryTimeoutMs: 1_000 }, { baseIri: BASE });
  });
  afterAll(async () => {
    await server?.close();
    fake.closeAllConnections();
    await new Promise((resolve) => fake.close(resolve));
  });

  it.each([
    ['stall', 504, 'did not answer within 1000 ms'],
    ['reset', 503, 'cannot be reached'],
    ['invalid', 502, 'do not parse'],
    ['html', 502, 'text/html'],
  ])('a store that answers "%s": %i naming it, and the server answers the next request', async (behaviour, status, words) => {
    const query = `SELECT ?s WHERE { ?s ?p ?o } #${behaviour}`;
    for (const accept of [JSON_RESULTS, 'text/csv']) {
      const response = await fetch(new URL(`sparql?${new URLSearchParams({ query })}`, server.url), { headers: { accept } });
      const text = await response.text();
      // Through Comunica (CSV), the engine's own timeout may come first (503, the query ran too long).
      expect(response.status, `${accept}: ${text}`).toBeGreaterThanOrEqual(502);
      if (accept !== JSON_RESULTS) continue;
      expect(response.status, text).toBe(status);
      expect(text).toContain(storeUrl);
      expect(text).toContain(words);
    }
    const health = await fetch(new URL('health', server.url));
    expect(health.status).toBe(200);
    expect(((await health.json()) as { status: string }).status).toBe('degraded');
  });
});
