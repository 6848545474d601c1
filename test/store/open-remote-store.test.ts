// The external store (serve --store) against a real Virtuoso: its dataset is the manifest's graphs, its failures typed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryRefusedError } from '../../src/errors/query-errors.ts';
import { StoreTimeoutError, StoreUnavailableError } from '../../src/errors/store-errors.ts';
import { createIriMinter } from '../../src/rdf/mint-iris.ts';
import { createGraphStore, type GraphStore } from '../../src/store/graph-store.ts';
import { listGraphFiles } from '../../src/store/list-graph-files.ts';
import { openRemoteStore } from '../../src/store/open-remote-store.ts';
import { readStoreManifest } from '../../src/store/read-store-manifest.ts';
import { askRemoteStore } from '../../src/store/ask-remote-store.ts';
import { publishTestGraph, type PublishedTestGraph } from '../support/publish-test-graph.ts';
import { locateSharedGraph, SHARED_GRAPH_BASE } from '../support/shared-graph.ts';
import { skipWithoutVirtuoso, startVirtuoso, type VirtuosoServer } from '../support/start-virtuoso.ts';

const JSON_RESULTS = 'application/sparql-results+json';
const N_TRIPLES = 'application/n-triples';

describe.skipIf(skipWithoutVirtuoso())('openRemoteStore on Virtuoso', () => {
  let virtuoso: VirtuosoServer;
  let published: PublishedTestGraph;
  let embedded: GraphStore;
  let remote: GraphStore;

  beforeAll(async () => {
    virtuoso = await startVirtuoso();
    published = await publishTestGraph(virtuoso, locateSharedGraph(), SHARED_GRAPH_BASE);
    embedded = await createGraphStore({ files: await listGraphFiles(locateSharedGraph(), createIriMinter(SHARED_GRAPH_BASE)) });
    const outcome = await readStoreManifest(virtuoso.sparqlUrl, SHARED_GRAPH_BASE, { timeoutMs: 30_000 });
    remote = openRemoteStore({ url: virtuoso.sparqlUrl, outcome, generation: 1, dumpTimeoutMs: 60_000, loadMillis: 1 });
  });
  afterAll(async () => {
    await embedded?.close();
    await virtuoso?.stop();
  });

  async function rows(store: GraphStore, sparql: string): Promise<string[]> {
    const body = (await store.query(sparql, { format: JSON_RESULTS, timeoutMs: 30_000 })).body;
    const json = JSON.parse(body) as { results: { bindings: Record<string, { value: string }>[] } };
    return json.results.bindings.map((row) => JSON.stringify(Object.keys(row).sort().map((k) => [k, row[k]!.value]))).sort();
  }

  it('reads the manifest graph: the build, its graphs and their triples', async () => {
    expect(remote.graphs()).toEqual([...published.graphs.keys()].sort());
    expect(remote.graphs()).toEqual([...embedded.graphs()].sort());
    expect(remote.size()).toBe([...published.graphs.values()].reduce((n, t) => n + t, 0));
    expect(remote.generation.fingerprint).toBe(published.inputsHash);
    expect(remote.external?.()).toMatchObject({ url: virtuoso.sparqlUrl, manifestGraph: published.manifestGraph, holds: { inputsHash: published.inputsHash } });
    expect(remote.external?.()?.problem).toBeUndefined();
  });

  it('without a dataset, reads the union of the manifest\'s graphs, as the embedded store does, and no system graph', async () => {
    for (const query of [
      'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }',
      'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g',
      'SELECT DISTINCT ?class WHERE { ?s a ?class }',
    ]) {
      expect(await rows(remote, query), query).toEqual(await rows(embedded, query));
    }
  });

  it('with union, sends no graph list: the store\'s own default graph, its system graphs included', async () => {
    const outcome = await readStoreManifest(virtuoso.sparqlUrl, SHARED_GRAPH_BASE, { timeoutMs: 30_000 });
    const union = openRemoteStore({ url: virtuoso.sparqlUrl, outcome, generation: 1, dumpTimeoutMs: 60_000, loadMillis: 1, union: true });
    const treatments = 'PREFIX ropa: <https://w3id.org/ropa-graph/ns#> SELECT ?t WHERE { ?t a ropa:Treatment }';
    expect(await rows(union, treatments)).toEqual(await rows(embedded, treatments));
    const graphs = 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }';
    const seen = await rows(union, graphs);
    expect(seen.length).toBeGreaterThan((await rows(embedded, graphs)).length);
  });

  it('honours the graphs a caller names', async () => {
    const graph = remote.graphs()[0]!;
    const query = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
    const count = async (store: GraphStore) => (await store.query(query, { format: JSON_RESULTS, timeoutMs: 30_000, defaultGraphs: [graph] })).body.match(/"value": ?"(\d+)"/)?.[1];
    expect(await count(remote)).toBe(await count(embedded));
  });

  it('writes graphs in N-Triples from the store\'s Turtle, and counts them', async () => {
    const query = 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(isLiteral(?o)) }';
    const [a, b] = await Promise.all([remote, embedded].map((store) => store.query(query, { format: N_TRIPLES, timeoutMs: 30_000, count: true })));
    expect(a!.count).toBe(b!.count);
    // Numbers are compared by value: Virtuoso gives a whole xsd:decimal back as an xsd:integer ("1"^^xsd:decimal as 1).
    const numeric = /"([^"]*)"\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#(?:decimal|integer)> \.$/;
    const lines = (body: string) => new Set(body.trim().split('\n').map((line) => line.replace(numeric, (_, v: string) => `${Number(v)} .`)));
    const [fromStore, fromEmbedded] = [lines(a!.body), lines(b!.body)];
    // Virtuoso keeps an xsd:duration as a number of months and seconds: it gives back another (sometimes invalid)
    // lexical form, P93D as P3M3D, P1Y1D as P1Y, PT0S as P. Everything else comes back as loaded.
    const isDuration = (line: string) => line.endsWith('^^<http://www.w3.org/2001/XMLSchema#duration> .');
    const changed = [...fromEmbedded].filter((line) => !fromStore.has(line));
    expect(changed.filter((line) => !isDuration(line))).toEqual([]);
    if (changed.length > 0) console.warn(`Virtuoso changed ${changed.length} of ${[...fromEmbedded].filter(isDuration).length} xsd:duration literals, e.g. ${changed[0]}`);
  });

  it('dumps one graph, and all of them, with the embedded store\'s triples', async () => {
    const graph = remote.graphs().find((g) => g.includes('/register/'))!;
    const triples = async (store: GraphStore, format: 'application/n-triples' | 'text/turtle' | 'application/n-quads', g?: string) =>
      new Parser({ format: format === 'text/turtle' ? 'Turtle' : format === N_TRIPLES ? 'N-Triples' : 'N-Quads' }).parse(await store.dump(format, g)).length;
    expect(await triples(remote, N_TRIPLES, graph)).toBe(await triples(embedded, N_TRIPLES, graph));
    expect(await triples(remote, 'text/turtle', graph)).toBe(await triples(embedded, 'text/turtle', graph));
    expect(await triples(remote, 'application/n-quads')).toBe(await triples(embedded, 'application/n-quads'));
    expect(await triples(remote, N_TRIPLES)).toBe(await triples(embedded, N_TRIPLES));
  });

  it('refuses a dump with fewer triples than the manifest says (Virtuoso cuts a CONSTRUCT silently)', async () => {
    const outcome = await readStoreManifest(virtuoso.sparqlUrl, SHARED_GRAPH_BASE, { timeoutMs: 30_000 });
    if (outcome.status !== 'found') throw new Error('no manifest');
    const [first, ...rest] = outcome.manifest.graphs;
    const inflated = { ...outcome, manifest: { ...outcome.manifest, graphs: [{ iri: first!.iri, triples: first!.triples! + 1 }, ...rest] } };
    const store = openRemoteStore({ url: virtuoso.sparqlUrl, outcome: inflated, generation: 1, dumpTimeoutMs: 60_000, loadMillis: 1 });
    await expect(store.dump(N_TRIPLES, first!.iri)).rejects.toMatchObject({ status: 502, message: expect.stringMatching(/cuts results .*ResultSetMaxRows/) });
    await expect(store.dump('application/n-quads')).rejects.toThrow(/ResultSetMaxRows/);
  });

  it('answers a query the store refuses with a 400 carrying the store\'s message', async () => {
    const error = await remote.query('SELECT * WHERE { ?s ?p ?o ', { format: JSON_RESULTS, timeoutMs: 30_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryRefusedError);
    expect((error as QueryRefusedError).status).toBe(400);
    expect((error as Error).message).toMatch(/syntax error/i);
    expect((error as Error).message).toContain(virtuoso.sparqlUrl);
  });

  it('finds no manifest under another base, and says which base the store holds; every query then fails with that message', async () => {
    const outcome = await readStoreManifest(virtuoso.sparqlUrl, 'https://elsewhere.example/', { timeoutMs: 30_000 });
    expect(outcome.status).toBe('missing');
    const message = outcome.status === 'missing' ? outcome.message : '';
    expect(message).toContain('https://elsewhere.example/graph/manifest');
    expect(message).toContain(published.manifestGraph);
    const empty = openRemoteStore({ url: virtuoso.sparqlUrl, outcome, generation: 1, dumpTimeoutMs: 60_000, loadMillis: 1 });
    expect(empty.external?.()?.problem).toBe(message);
    await expect(empty.query('ASK {}', { format: JSON_RESULTS, timeoutMs: 1000 })).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(empty.dump(N_TRIPLES)).rejects.toThrow(message);
  });

  it('reports another build than the local one', async () => {
    const outcome = await readStoreManifest(virtuoso.sparqlUrl, SHARED_GRAPH_BASE, { timeoutMs: 30_000 });
    const store = openRemoteStore({ url: virtuoso.sparqlUrl, outcome, localInputsHash: 'f'.repeat(64), generation: 1, dumpTimeoutMs: 60_000, loadMillis: 1 });
    expect(store.external?.()?.problem).toMatch(/not the local build ffffffffffff/);
  });
});

describe('askRemoteStore against a store that misbehaves', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/stall') {
        // Headers and half a body, then nothing: the request must be aborted, not left to hang or crash the process.
        res.writeHead(200, { 'content-type': JSON_RESULTS });
        res.write('{"head":{"vars":["s"]},"results":{"bindings":[');
        return;
      }
      if (req.url === '/maxrows') return void res.writeHead(200, { 'content-type': JSON_RESULTS, 'x-sparql-maxrows': '10000' }).end('{"head":{"vars":[]},"results":{"bindings":[]}}');
      if (req.url === '/html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Login</body></html>');
      res.writeHead(503, { 'content-type': 'text/plain' }).end('down for maintenance');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('aborts a store that stalls mid-body and says it timed out, naming the store', async () => {
    const error = await askRemoteStore(`${base}/stall`, 'ASK {}', { accept: JSON_RESULTS, timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreTimeoutError);
    expect((error as StoreTimeoutError).status).toBe(504);
    expect((error as Error).message).toContain(`${base}/stall`);
  });

  it('turns a 5xx into a 502 and a page in another type into a 502, with the store\'s words', async () => {
    await expect(askRemoteStore(`${base}/down`, 'ASK {}', { accept: JSON_RESULTS, timeoutMs: 5_000 })).rejects.toMatchObject({ status: 502, message: expect.stringContaining('down for maintenance') });
    await expect(askRemoteStore(`${base}/maxrows`, 'ASK {}', { accept: JSON_RESULTS, timeoutMs: 5_000 })).rejects.toMatchObject({ status: 502, message: expect.stringContaining('cut the result at 10000 rows') });
    await expect(askRemoteStore(`${base}/html`, 'ASK {}', { accept: JSON_RESULTS, timeoutMs: 5_000 })).rejects.toMatchObject({ status: 502, message: expect.stringContaining('text/html') });
  });

  it('names a store that cannot be reached, with a 503', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/sparql`;
    await new Promise((resolve) => closed.close(resolve));
    const error = await askRemoteStore(url, 'ASK {}', { accept: JSON_RESULTS, timeoutMs: 5_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(new RegExp(`${url.replace(/[.]/g, '\\.')} cannot be reached: ECONNREFUSED`));
  });
});
