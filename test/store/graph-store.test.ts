// The Oxigraph worker store: loading, datasets, formats, errors, timeouts and dumps.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GRAPH_DIR } from '../../src/config/project-paths.ts';
import { QueryRefusedError, QuerySyntaxError, QueryTimeoutError } from '../../src/errors/query-errors.ts';
import { createGraphStore, type GraphStore } from '../../src/store/graph-store.ts';
import { queryClient } from '../../src/store/query-client.ts';
import { GRAPH_A, GRAPH_B, GRAPH_CATALOGUE, writeFixtureGraph, type FixtureGraph } from './write-fixture-graph.ts';

const JSON_RESULTS = 'application/sparql-results+json';
const COUNT_ALL = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
// 44^8 solutions: far more than any machine counts in 500 ms, and COUNT keeps memory flat meanwhile.
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

async function selectValues(sparql: string, options: { defaultGraphs?: string[]; namedGraphs?: string[] } = {}) {
  const result = await store.query(sparql, { format: JSON_RESULTS, timeoutMs: 5000, ...options });
  expect(result.contentType).toBe(JSON_RESULTS);
  const json = JSON.parse(result.body) as { results: { bindings: Record<string, { value: string }>[] } };
  return json.results.bindings.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.value])));
}

async function countAll(sparql = COUNT_ALL, options: { defaultGraphs?: string[]; namedGraphs?: string[] } = {}) {
  const [row] = await selectValues(sparql, options);
  return Number(row?.n);
}

describe('loading', () => {
  it('loads every file into its own named graph', async () => {
    expect(store.size()).toBe(44);
    expect(store.graphs()).toEqual([GRAPH_A, GRAPH_B, GRAPH_CATALOGUE]);
    expect(store.loadMillis).toBeGreaterThan(0);
    const perGraph = await selectValues('SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g');
    expect(perGraph).toEqual([
      { g: GRAPH_CATALOGUE, n: '11' },
      { g: GRAPH_A, n: '17' },
      { g: GRAPH_B, n: '16' },
    ]);
  });

  it('fails to start, naming the problem, when a file is not Turtle', async () => {
    const bad = join(fixture.dir, 'bad.ttl');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(bad, '<http://a> <http://b> .');
    await expect(createGraphStore({ files: [{ path: bad, graph: GRAPH_A }] })).rejects.toThrow(/Loading the graph failed/);
  });
});

describe('datasets', () => {
  it('queries the union of all graphs by default', async () => {
    expect(await countAll()).toBe(44);
  });

  it('lets the protocol default-graph-uri and named-graph-uri replace the union', async () => {
    expect(await countAll(COUNT_ALL, { defaultGraphs: [GRAPH_A] })).toBe(17);
    expect(await countAll(COUNT_ALL, { defaultGraphs: [GRAPH_A, GRAPH_B] })).toBe(33);
    const named = await selectValues('SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }', { namedGraphs: [GRAPH_B] });
    expect(named).toEqual([{ g: GRAPH_B }]);
  });

  it('lets a FROM / FROM NAMED in the query win over the union default graph', async () => {
    expect(await countAll(`SELECT (COUNT(*) AS ?n) FROM <${GRAPH_B}> WHERE { ?s ?p ?o }`)).toBe(16);
    const named = await selectValues(`SELECT DISTINCT ?g FROM NAMED <${GRAPH_A}> WHERE { GRAPH ?g { ?s ?p ?o } }`);
    expect(named).toEqual([{ g: GRAPH_A }]);
  });
});

describe('result formats', () => {
  it('writes solutions as JSON, XML, CSV or TSV, as asked', async () => {
    const q = `SELECT ?t WHERE { ?t <${'https://w3id.org/ropa-graph/ns#'}registerNumber> 2 } ORDER BY ?t`;
    const csv = await store.query(q, { format: 'text/csv', timeoutMs: 5000 });
    expect(csv).toEqual({ contentType: 'text/csv', body: 't\r\nhttp://example.org/ropa-test/t2\r\nhttp://example.org/ropa-test/t4\r\n' });
    const tsv = await store.query(q, { format: 'text/tab-separated-values', timeoutMs: 5000 });
    expect(tsv.body.split('\n')[0]).toBe('?t');
    // The store writes the format it is given: choosing it from an Accept header is chooseStoreFormat's job.
    const xml = await store.query(q, { format: 'application/sparql-results+xml', timeoutMs: 5000 });
    expect(xml.contentType).toBe('application/sparql-results+xml');
    expect(xml.body).toContain('<uri>http://example.org/ropa-test/t2</uri>');
  });

  it('answers ASK as a boolean result', async () => {
    const yes = await store.query('ASK { ?s ?p "Paie"@fr }', { format: JSON_RESULTS, timeoutMs: 5000 });
    expect(JSON.parse(yes.body)).toEqual({ head: {}, boolean: true });
  });

  it('writes CONSTRUCT and DESCRIBE as N-Triples or Turtle', async () => {
    const q = 'CONSTRUCT { ?t <http://example.org/ropa-test/uses> ?d } WHERE { ?t <https://w3id.org/dpv#hasPersonalData> ?d }';
    const nt = await store.query(q, { format: 'application/n-triples', timeoutMs: 5000 });
    expect(nt.contentType).toBe('application/n-triples');
    expect(new Parser({ format: 'N-Triples' }).parse(nt.body)).toHaveLength(6);
    const ttl = await store.query('DESCRIBE <http://example.org/ropa-test/t3>', { format: 'text/turtle', timeoutMs: 5000 });
    expect(ttl.contentType).toBe('text/turtle');
    expect(new Parser().parse(ttl.body)).toHaveLength(9);
  });

  it('refuses with 406 a format it cannot write for the result', async () => {
    const refusal = store.query(COUNT_ALL, { format: 'text/turtle', timeoutMs: 5000 });
    await expect(refusal).rejects.toBeInstanceOf(QueryRefusedError);
    await expect(refusal).rejects.toMatchObject({ status: 406 });
  });
});

describe('errors', () => {
  it('rejects a syntax error with Oxigraph’s message', async () => {
    const failure = store.query('SELECT * WHERE { ?s ?p ', { format: JSON_RESULTS, timeoutMs: 5000 });
    await expect(failure).rejects.toBeInstanceOf(QuerySyntaxError);
    await expect(failure).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/^error at 1:\d+/) });
  });

  it('refuses updates and SERVICE', async () => {
    const update = store.query('INSERT DATA { <http://a> <http://b> <http://c> }', { format: JSON_RESULTS, timeoutMs: 5000 });
    await expect(update).rejects.toBeInstanceOf(QueryRefusedError);
    const service = store.query('SELECT * WHERE { SERVICE <http://example.com/sparql> { ?s ?p ?o } }', {
      format: JSON_RESULTS,
      timeoutMs: 5000,
    });
    await expect(service).rejects.toBeInstanceOf(QueryRefusedError);
    expect(await countAll()).toBe(44);
  });
});

describe('timeouts', () => {
  it('stops an explosive query without delaying a simple one on the other worker', async () => {
    const started = performance.now();
    const explosive = store.query(EXPLOSIVE, { format: JSON_RESULTS, timeoutMs: 500 }).then(
      () => 'finished',
      (error: unknown) => ({ error, ms: performance.now() - started }),
    );
    const simple = await store.query('ASK { ?s ?p ?o }', { format: JSON_RESULTS, timeoutMs: 5000 });
    const simpleMs = performance.now() - started;
    expect(JSON.parse(simple.body).boolean).toBe(true);
    const outcome = await explosive;
    expect(outcome).not.toBe('finished');
    const { error, ms } = outcome as { error: unknown; ms: number };
    // The simple query did not wait for the explosive one to be stopped.
    expect(simpleMs).toBeLessThan(ms);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as QueryTimeoutError).status).toBe(503);
    expect(ms).toBeGreaterThanOrEqual(495);
    expect(ms).toBeLessThan(500 * 10); // stopped by its 500 ms timeout, not left to run
    // The replaced worker reloads the same data; the pool keeps answering meanwhile and after.
    expect(await countAll()).toBe(44);
    expect(await countAll()).toBe(44);
    expect(store.size()).toBe(44);
  });

  it('keeps queued queries when the only worker is replaced', async () => {
    const single = await createGraphStore({ files: fixture.files, workers: 1 });
    try {
      const explosive = single.query(EXPLOSIVE, { format: JSON_RESULTS, timeoutMs: 300 });
      const queued = single.query(COUNT_ALL, { format: 'text/csv', timeoutMs: 300 });
      await expect(explosive).rejects.toBeInstanceOf(QueryTimeoutError);
      // Its timeout counts from when a worker takes it, so waiting behind the killed query does not fail it.
      expect((await queued).body).toBe('n\r\n44\r\n');
    } finally {
      await single.close();
    }
  });

  it('never gives one client every worker, even while the worker of its overrun query is replaced (issue 19)', async () => {
    const ended: string[] = [];
    const track = (name: string, query: Promise<unknown>) => query.then(() => ended.push(name), () => ended.push(name));
    const runaways = [1, 2, 3].map((n) => track(`runaway ${n}`, queryClient.run('attacker', () => store.query(EXPLOSIVE, { format: JSON_RESULTS, timeoutMs: 400 }))));
    await track('first ask', queryClient.run('other', () => store.query('ASK {}', { format: JSON_RESULTS, timeoutMs: 5000 })));
    expect(ended).toEqual(['first ask']);
    await new Promise<void>((resolve) => void runaways[0]!.then(() => resolve()));
    // The first runaway's worker is being replaced: it still counts as the attacker's, so the other worker waits for others.
    await track('second ask', queryClient.run('other', () => store.query('ASK {}', { format: JSON_RESULTS, timeoutMs: 5000 })));
    await Promise.all(runaways);
    expect(ended).toEqual(['first ask', 'runaway 1', 'second ask', 'runaway 2', 'runaway 3']);
  });

  it('restarts a worker with the generation it belongs to, even after a rebuild replaced or broke the files', async () => {
    const copy = await writeFixtureGraph();
    const single = await createGraphStore({ files: copy.files, workers: 1 });
    try {
      const { appendFile, writeFile } = await import('node:fs/promises');
      await appendFile(copy.files[0]!.path, '\n<urn:x:new> <urn:x:p> <urn:x:o> .\n');
      await expect(single.query(EXPLOSIVE, { format: JSON_RESULTS, timeoutMs: 300 })).rejects.toBeInstanceOf(QueryTimeoutError);
      expect((await single.query(COUNT_ALL, { format: 'text/csv', timeoutMs: 5000 })).body).toBe('n\r\n44\r\n');
      // A second replacement, from the compressed snapshot by now, while the file on disk is not even Turtle.
      await writeFile(copy.files[0]!.path, 'not turtle');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(single.query(EXPLOSIVE, { format: JSON_RESULTS, timeoutMs: 300 })).rejects.toBeInstanceOf(QueryTimeoutError);
      expect((await single.query(COUNT_ALL, { format: 'text/csv', timeoutMs: 5000 })).body).toBe('n\r\n44\r\n');
      expect(single.countWorkers()).toEqual({ alive: 1, loading: 0, broken: 0 });
    } finally {
      await single.close();
      await copy.remove();
    }
  });

  it('describes its generation: files with their content hash, a fingerprint, triples and load time', async () => {
    const generation = store.generation;
    expect(generation.triples).toBe(44);
    expect(generation.files.map((f) => f.graph)).toEqual(fixture.files.map((f) => f.graph));
    expect(generation.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256) && f.bytes > 0)).toBe(true);
    expect(generation.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const again = await createGraphStore({ files: fixture.files });
    try {
      expect(again.generation.fingerprint).toBe(generation.fingerprint);
    } finally {
      await again.close();
    }
  });

  it('stops a running query when its signal aborts, and drops a queued one', async () => {
    const single = await createGraphStore({ files: fixture.files, workers: 1 });
    try {
      const controller = new AbortController();
      const started = performance.now();
      const running = single.query(EXPLOSIVE, { format: JSON_RESULTS, timeoutMs: 60_000, signal: controller.signal });
      const queued = single.query(COUNT_ALL, { format: JSON_RESULTS, timeoutMs: 60_000, signal: controller.signal });
      setTimeout(() => controller.abort(), 100);
      await expect(running).rejects.toBeInstanceOf(QueryTimeoutError);
      await expect(queued).rejects.toBeInstanceOf(QueryTimeoutError);
      // Stopped by the abort, long before the 60 s timeout.
      expect(performance.now() - started).toBeLessThan(30_000);
      expect((await single.query(COUNT_ALL, { format: 'text/csv', timeoutMs: 5000 })).body).toBe('n\r\n44\r\n');
    } finally {
      await single.close();
    }
  });
});

describe('dumps', () => {
  it('writes all graphs as N-Quads, one graph or their merge as N-Triples / Turtle', async () => {
    const quads = new Parser({ format: 'N-Quads' }).parse(await store.dump('application/n-quads'));
    expect(quads).toHaveLength(44);
    expect(new Set(quads.map((q) => q.graph.value))).toEqual(new Set([GRAPH_A, GRAPH_B, GRAPH_CATALOGUE]));
    expect(new Parser({ format: 'N-Triples' }).parse(await store.dump('application/n-triples', GRAPH_A))).toHaveLength(17);
    expect(new Parser().parse(await store.dump('text/turtle', GRAPH_CATALOGUE))).toHaveLength(11);
    expect(new Parser({ format: 'N-Triples' }).parse(await store.dump('application/n-triples'))).toHaveLength(44);
  });
});

describe('closing', () => {
  it('rejects queries once closed', async () => {
    const other = await createGraphStore({ files: fixture.files });
    await other.close();
    await expect(other.query(COUNT_ALL, { format: JSON_RESULTS, timeoutMs: 1000 })).rejects.toThrow(/closed/);
  });
});

const builtGraphFiles = existsSync(DEFAULT_GRAPH_DIR)
  ? readdirSync(DEFAULT_GRAPH_DIR).filter((name) => name.endsWith('.ttl'))
  : [];
if (builtGraphFiles.length === 0) {
  console.info(`[graph-store.test] skipping the built-graph test: no ${join(DEFAULT_GRAPH_DIR, '*.ttl')} (run \`ropa build\`)`);
}

describe.skipIf(builtGraphFiles.length === 0)('the built graph in data/graph', () => {
  it('loads every file and answers a query', async () => {
    const built = await createGraphStore({
      files: builtGraphFiles.map((name) => ({
        path: join(DEFAULT_GRAPH_DIR, name),
        graph: `urn:ropa-test:graph:${name.replace(/\.ttl$/, '')}`,
      })),
    });
    try {
      console.info(`[graph-store.test] built graph: ${built.size()} quads in ${built.loadMillis.toFixed(0)} ms`);
      expect(built.size()).toBeGreaterThan(0);
      const result = await built.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', { format: 'text/csv', timeoutMs: 30_000 });
      // The union default graph merges triples repeated across graphs, so it can hold fewer than the quads.
      const triples = Number(result.body.split('\r\n')[1]);
      expect(triples).toBeGreaterThan(0);
      expect(triples).toBeLessThanOrEqual(built.size());
    } finally {
      await built.close();
    }
  });
});
