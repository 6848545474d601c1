// The in-process SPARQL protocol: what Comunica sends to the local fetch, and what the fetch answers.
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueryEngine, LOCAL_ENDPOINT_URL, type QueryEngineSetup } from '../../src/sparql/create-query-engine.ts';
import { createLocalEndpointFetch } from '../../src/sparql/local-endpoint-fetch.ts';
import { QueryTimeoutError } from '../../src/errors/query-errors.ts';
import { createGraphStore, type GraphStore } from '../../src/store/graph-store.ts';
import { PREFIXES } from '../../src/vocab/namespaces.ts';
import { EX, GRAPH_A, GRAPH_B, writeFixtureGraph, type FixtureGraph } from '../store/write-fixture-graph.ts';

const EXPLOSIVE = `SELECT (COUNT(*) AS ?n) WHERE {
  ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }`;

let fixture: FixtureGraph;
let store: GraphStore;

beforeAll(async () => {
  fixture = await writeFixtureGraph();
  store = await createGraphStore({ files: fixture.files, workers: 2 });
});

afterAll(async () => {
  await store?.close();
  await fixture?.remove();
});

interface SeenRequest {
  method: string;
  url: string;
  query: string | null;
}

/** The engine with its fetch wrapped, so that the tests see each request Comunica makes. */
function createSpiedEngine(options: { timeoutMs?: number; sources?: string[] } = {}) {
  const setup = createQueryEngine({ store, timeoutMs: options.timeoutMs ?? 10_000 });
  const seen: SeenRequest[] = [];
  const inner = setup.context.fetch!;
  const spy: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const body = typeof init?.body === 'string' ? init.body : init?.body ? await new Response(init.body).text() : '';
    const form = new Headers(init?.headers).get('content-type')?.startsWith('application/x-www-form-urlencoded');
    const query = url.searchParams.get('query') ?? (form ? new URLSearchParams(body).get('query') : body || null);
    seen.push({ method: init?.method ?? 'GET', url: url.origin + url.pathname, query });
    return inner(input, init);
  };
  const context = { ...setup.context, fetch: spy, ...(options.sources ? { sources: options.sources } : {}) };
  return { engine: setup.engine, context, seen } as QueryEngineSetup & { seen: SeenRequest[] };
}

describe('push-down', () => {
  it('sends a query with FILTER, GROUP BY and OPTIONAL to the local endpoint as one request, verbatim', async () => {
    const { engine, context, seen } = createSpiedEngine();
    const query = `PREFIX dpv: <${PREFIXES.dpv}> PREFIX dct: <${PREFIXES.dct}>
      SELECT ?c (COUNT(?t) AS ?n) (SAMPLE(?r) AS ?someRecipient) WHERE {
        ?t dpv:hasDataController ?c ; dct:title ?title
        OPTIONAL { ?t dpv:hasRecipient ?r }
        FILTER(LANG(?title) = "fr")
      } GROUP BY ?c ORDER BY ?c`;
    const rows = await (await engine.queryBindings(query, context)).toArray();
    expect(rows.map((row) => row.get('n')?.value)).toEqual(['2', '2']);
    expect(seen).toEqual([{ method: expect.any(String), url: LOCAL_ENDPOINT_URL, query }]);
  });

  it('costs exactly one request per query over many queries: no description lookup, no COUNT side queries', async () => {
    const { engine, context, seen } = createSpiedEngine();
    const queries = [
      `SELECT ?s WHERE { ?s <${PREFIXES.dpv}hasPersonalData> ?d . ?d <${PREFIXES.skos}broader>* ?top }`,
      `ASK { ?s ?p ?o }`,
      `CONSTRUCT WHERE { ?s <${PREFIXES.dpv}hasRecipient> ?o }`,
      `DESCRIBE <${EX}t2>`,
      `SELECT ?s WHERE { ?s <${PREFIXES.dpv}hasPersonalData> ?d . ?d <${PREFIXES.skos}broader>* ?top }`,
    ];
    for (const query of queries) {
      const result = await engine.query(query, context);
      if (result.resultType === 'boolean') await result.execute();
      else if (result.resultType !== 'void') await (await result.execute()).toArray();
    }
    expect(seen.map((r) => r.query)).toEqual(queries);
  });

  it('fetches the service description once per engine when handed the bare URL instead of a typed source', async () => {
    const { engine, context, seen } = createSpiedEngine({ sources: [LOCAL_ENDPOINT_URL] });
    const query = `SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }`;
    for (let i = 0; i < 3; i++) {
      const [row] = await (await engine.queryBindings(query, context)).toArray();
      expect(row?.get('n')?.value).toBe('44');
    }
    expect(seen.map((r) => r.query)).toEqual([null, query, query, query]);
  });
});

describe('timeouts through Comunica', () => {
  it('rejects an explosive query with QueryTimeoutError while a simple one completes', async () => {
    const { engine, context } = createSpiedEngine({ timeoutMs: 500 });
    // A fresh Comunica engine spends a few hundred ms on its first query; keep that out of the race.
    await engine.queryBoolean('ASK { ?s ?p ?o }', context);
    const started = performance.now();
    const explosive = engine
      .queryBindings(EXPLOSIVE, context)
      .then((stream) => stream.toArray())
      .then(
        () => 'finished',
        (error: unknown) => ({ error, ms: performance.now() - started }),
      );
    const simple = await engine.queryBoolean(`ASK { <${EX}t1> ?p ?o }`, context);
    expect(simple).toBe(true);
    const simpleMs = performance.now() - started;
    const outcome = await explosive;
    expect(outcome).not.toBe('finished');
    const { error, ms } = outcome as { error: unknown; ms: number };
    // The simple query did not wait for the explosive one to be stopped.
    expect(simpleMs).toBeLessThan(ms);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect(ms).toBeLessThan(5000);
    expect(await engine.queryBoolean(`ASK { <${EX}t2> ?p ?o }`, context)).toBe(true);
  });

  it('stops the query when the caller aborts through httpAbortSignal', async () => {
    const { engine, context } = createSpiedEngine({ timeoutMs: 60_000 });
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 200);
    const run = engine.queryBindings(EXPLOSIVE, { ...context, httpAbortSignal: controller.signal }).then((s) => s.toArray());
    await expect(run).rejects.toBeInstanceOf(QueryTimeoutError);
    // Stopped by the abort, long before the 60 s timeout.
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('leaves syntax errors to Comunica’s parser, before any request', async () => {
    const { engine, context, seen } = createSpiedEngine();
    await expect(engine.queryBindings('SELECT * WHERE { ?s ?p ', context)).rejects.toThrow(/Parse error/);
    expect(seen).toEqual([]);
  });
});

describe('the local endpoint fetch', () => {
  const fetchLocal = () => createLocalEndpointFetch(store, { endpointUrl: LOCAL_ENDPOINT_URL, timeoutMs: 5000 });
  const count = `SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }`;

  it('refuses any other URL, so the engine never reaches the network', async () => {
    const localFetch = fetchLocal();
    for (const url of ['http://example.org/sparql', 'https://ropa-local.invalid/sparql', 'http://ropa-local.invalid/other']) {
      const response = await localFetch(`${url}?query=${encodeURIComponent(count)}`);
      expect(response.status).toBe(403);
    }
    const { engine, context } = createSpiedEngine();
    const elsewhere = { ...context, sources: [{ type: 'sparql', value: 'http://example.org/sparql' }] };
    await expect(engine.queryBindings(count, elsewhere).then((s) => s.toArray())).rejects.toThrow(/403/);
  });

  it('answers GET, form POST and direct POST, with protocol datasets and Accept', async () => {
    const localFetch = fetchLocal();
    const get = await localFetch(`${LOCAL_ENDPOINT_URL}?query=${encodeURIComponent(count)}&default-graph-uri=${encodeURIComponent(GRAPH_A)}`, {
      headers: { accept: 'text/csv' },
    });
    expect(get.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await get.text()).toBe('n\r\n17\r\n');

    const form = new URLSearchParams({ query: count, 'default-graph-uri': GRAPH_B });
    const post = await localFetch(LOCAL_ENDPOINT_URL, { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(JSON.parse(await post.text()).results.bindings[0].n.value).toBe('16');

    const named = 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }';
    const direct = await localFetch(`${LOCAL_ENDPOINT_URL}?named-graph-uri=${encodeURIComponent(GRAPH_A)}`, {
      method: 'POST',
      body: named,
      headers: { 'content-type': 'application/sparql-query', accept: 'application/sparql-results+xml' },
    });
    expect(direct.headers.get('content-type')).toBe('application/sparql-results+xml; charset=utf-8');
    expect(await direct.text()).toContain(`<uri>${GRAPH_A}</uri>`);
  });

  it('refuses updates and other methods, and describes itself on a GET without query', async () => {
    const localFetch = fetchLocal();
    const update = await localFetch(LOCAL_ENDPOINT_URL, {
      method: 'POST',
      body: 'INSERT DATA { <http://a> <http://b> <http://c> }',
      headers: { 'content-type': 'application/sparql-update' },
    });
    expect(update.status).toBe(403);
    expect((await localFetch(LOCAL_ENDPOINT_URL, { method: 'PUT', body: 'x' })).status).toBe(405);
    const description = await localFetch(LOCAL_ENDPOINT_URL);
    expect(description.headers.get('content-type')).toMatch(/^text\/turtle/);
    const quads = new Parser().parse(await description.text());
    const endpoint = quads.find((q) => q.predicate.value === `${PREFIXES.sd}endpoint`);
    expect(endpoint?.object.value).toBe(LOCAL_ENDPOINT_URL);
    expect(quads.filter((q) => q.predicate.value === `${PREFIXES.sd}name`).map((q) => q.object.value)).toHaveLength(3);
  });
});
