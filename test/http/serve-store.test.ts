// serve --store on a real Virtuoso: every page from the store, compared with the embedded store over the same graph.
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findListSeparators } from '../store/compare-query-rows.ts';
import { publishTestGraph, type PublishedTestGraph } from '../support/publish-test-graph.ts';
import { locateSharedGraph, SHARED_GRAPH_BASE } from '../support/shared-graph.ts';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';
import { skipWithoutVirtuoso, startVirtuoso, type VirtuosoServer } from '../support/start-virtuoso.ts';

const JSON_RESULTS = 'application/sparql-results+json';
const TREATMENT_PATH = 'register/001-16106fe6b7c9f12d/treatment/06-gestion-de-la-messagerie-professionnelle-office365';
const OTHER_BASE = 'https://elsewhere.example/';

type Binding = { type: string; value: string; datatype?: string; 'xml:lang'?: string };

/**
 * A row as a comparable string: blank nodes as _, numbers by value (stores differ in integer/decimal forms), and the
 * items of a GROUP_CONCAT list sorted, since SPARQL leaves their order to the engine (docs/endpoint.md).
 */
function rowKey(row: Record<string, Binding>, lists: ReadonlyMap<string, string> = new Map()): string {
  return JSON.stringify(
    Object.keys(row)
      .sort()
      .map((k) => {
        const t = row[k]!;
        if (t.type === 'uri') return [k, `<${t.value}>`];
        if (t.type === 'bnode') return [k, '_'];
        if (t.datatype && /#(integer|decimal|double|float|long|int)$/.test(t.datatype)) return [k, Number(t.value)];
        const separator = lists.get(k);
        const value = separator !== undefined && separator !== '' ? t.value.split(separator).sort().join(separator) : t.value;
        return [k, value, t['xml:lang'] ?? '', t.datatype && !t.datatype.endsWith('#string') ? t.datatype : ''];
      }),
  );
}

describe.skipIf(skipWithoutVirtuoso())('serve --store on Virtuoso', () => {
  let virtuoso: VirtuosoServer;
  let published: PublishedTestGraph;
  let embedded: TestServer;
  let remote: TestServer;
  let bare: TestServer;

  beforeAll(async () => {
    virtuoso = await startVirtuoso();
    published = await publishTestGraph(virtuoso, locateSharedGraph(), SHARED_GRAPH_BASE);
    embedded = await startTestServer({}, { baseIri: SHARED_GRAPH_BASE });
    remote = await startTestServer({ store: virtuoso.sparqlUrl }, { baseIri: SHARED_GRAPH_BASE });
    // The same store served under a base it holds nothing for.
    bare = await startTestServer({ store: virtuoso.sparqlUrl }, { baseIri: OTHER_BASE });
  });
  afterAll(async () => {
    await Promise.all([embedded?.close(), remote?.close(), bare?.close()]);
    await virtuoso?.stop();
  });

  const get = (server: TestServer, path: string, accept?: string) => fetch(new URL(path, server.url), accept ? { headers: { accept } } : {});
  const sparql = (server: TestServer, query: string, accept = JSON_RESULTS) => get(server, `sparql?${new URLSearchParams({ query })}`, accept);
  async function rows(server: TestServer, path: string, lists?: ReadonlyMap<string, string>): Promise<{ status: number; rows: string[]; text: string }> {
    const response = await get(server, path, JSON_RESULTS);
    const text = await response.text();
    if (!response.ok) return { status: response.status, rows: [], text };
    const json = JSON.parse(text) as { boolean?: boolean; results?: { bindings: Record<string, Binding>[] } };
    return { status: response.status, rows: json.results ? json.results.bindings.map((row) => rowKey(row, lists)).sort() : [String(json.boolean)], text };
  }
  const triples = (text: string) => new Set(new Parser().parse(text).map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType === 'Literal' ? JSON.stringify([q.object.value, q.object.language]) : q.object.value}`));

  it('says at start and in /health which build the store holds', async () => {
    expect(remote.log.join('\n')).toContain(`store: ${virtuoso.sparqlUrl} holds build ${published.inputsHash.slice(0, 12)}`);
    const health = (await (await get(remote, 'health')).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ ready: true, status: 'ok', store: { url: virtuoso.sparqlUrl, manifestGraph: published.manifestGraph, holds: { inputsHash: published.inputsHash, graphs: published.graphs.size } } });
    expect(health.generation).toMatchObject({ fingerprint: published.inputsHash });
  });

  it('prints the time of each page on its first (uncached) request, from the store and embedded', async () => {
    const lines: string[] = [];
    for (const [path, accept] of [
      ['reports?format=json', 'application/json'],
      ['export', 'application/json'],
      ['export/all.nt', 'application/n-triples'],
      ['checks?as-of=2025-06-01', 'application/json'],
      [TREATMENT_PATH, 'text/html'],
      ['explore/stats', 'application/json'],
    ] as const) {
      const times = [];
      for (const server of [remote, embedded]) {
        const started = performance.now();
        const response = await get(server, path, accept);
        await response.arrayBuffer();
        expect(response.status, path).toBe(200);
        times.push(performance.now() - started);
      }
      lines.push(`${path}: ${times[0]!.toFixed(0)} ms from the store, ${times[1]!.toFixed(0)} ms embedded`);
    }
    console.warn(`first requests:\n  ${lines.join('\n  ')}`);
  });

  it('answers /sparql SELECT, ASK and CONSTRUCT as the embedded store does', async () => {
    for (const query of [
      'PREFIX ropa: <https://w3id.org/ropa-graph/ns#> PREFIX dct: <http://purl.org/dc/terms/> SELECT ?t ?title WHERE { ?t a ropa:Treatment ; dct:title ?title }',
      'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g',
      'PREFIX ropa: <https://w3id.org/ropa-graph/ns#> ASK { ?t a ropa:Treatment }',
      'ASK { <https://nowhere.example/x> ?p ?o }',
    ]) {
      const [a, b] = [await rows(remote, `sparql?${new URLSearchParams({ query })}`), await rows(embedded, `sparql?${new URLSearchParams({ query })}`)];
      expect(a.status, a.text).toBe(200);
      expect(a.rows, query).toEqual(b.rows);
    }
    const construct = 'PREFIX dct: <http://purl.org/dc/terms/> CONSTRUCT { ?s dct:title ?o } WHERE { ?s dct:title ?o }';
    for (const accept of ['application/n-triples', 'text/turtle']) {
      const [a, b] = await Promise.all([remote, embedded].map(async (server) => (await sparql(server, construct, accept)).text()));
      expect(triples(a!), accept).toEqual(triples(b!));
      expect(triples(a!).size).toBeGreaterThan(100);
    }
    // CSV from the store's JSON, re-encoded: the same lines.
    const csv = 'PREFIX ropa: <https://w3id.org/ropa-graph/ns#> PREFIX dct: <http://purl.org/dc/terms/> SELECT ?t ?title WHERE { ?t a ropa:Treatment ; dct:title ?title }';
    const [a, b] = await Promise.all([remote, embedded].map(async (server) => new Set((await (await sparql(server, csv, 'text/csv')).text()).split('\r\n'))));
    expect(a).toEqual(b);
  });

  it('runs every canned query, and prints those whose rows differ from the embedded store\'s', async () => {
    const list = (await (await get(embedded, 'queries')).json()) as { name: string }[] | { queries: { name: string }[] };
    const names = (Array.isArray(list) ? list : list.queries).map((q) => q.name);
    expect(names.length).toBeGreaterThan(30);
    const same: string[] = [];
    const differ: string[] = [];
    /** log(store time / embedded time) of each query both answered. */
    const ratios: number[] = [];
    for (const name of names) {
      const path = `queries/${name}?limit=10000`;
      const lists = findListSeparators(await (await get(embedded, `queries/${name}.rq`)).text());
      let started = performance.now();
      const b = await rows(embedded, path, lists);
      const embeddedMs = performance.now() - started;
      started = performance.now();
      const a = await rows(remote, path, lists);
      const storeMs = performance.now() - started;
      const timing = `${storeMs.toFixed(0)} ms on the store, ${embeddedMs.toFixed(0)} ms embedded`;
      if (a.status === 200 && b.status === 200) ratios.push(Math.log(storeMs / embeddedMs));
      if (a.status === b.status && JSON.stringify(a.rows) === JSON.stringify(b.rows)) {
        same.push(`${name} (${b.rows.length} rows; ${timing})`);
        continue;
      }
      const missing = b.rows.filter((r) => !a.rows.includes(r)).length;
      const extra = a.rows.filter((r) => !b.rows.includes(r)).length;
      const example = missing > 0 ? `\n            e.g. embedded ${b.rows.find((r) => !a.rows.includes(r))}\n            store gives ${a.rows.find((r) => !b.rows.includes(r)) ?? '(nothing)'}` : '';
      differ.push(a.status !== 200 ? `${name}: ${a.status} ${a.text.slice(0, 160).trim()} (embedded: ${b.status}, ${b.rows.length} rows)` : `${name}: ${a.rows.length} rows instead of ${b.rows.length} (${missing} missing, ${extra} extra; ${timing})${example}`);
    }
    const geometricMean = Math.exp(ratios.reduce((n, r) => n + r, 0) / ratios.length);
    console.warn(`canned queries on the store: ${same.length} of ${names.length} give the embedded rows; latency ${geometricMean.toFixed(1)}× the embedded store's (geometric mean, first run)\n  same: ${same.join('\n        ')}\n  differ: ${differ.join('\n          ')}`);
    expect(differ).toEqual([]);
    expect(same).toHaveLength(names.length);
    // Whatever the store does with a query, the server answers the next one.
    expect((await get(remote, 'health')).status).toBe(200);
  });

  it('finds the same violations at /checks', async () => {
    const [a, b] = await Promise.all([remote, embedded].map(async (server) => (await get(server, 'checks?as-of=2025-06-01', 'application/json')).json() as Promise<{ treatments: number; counts: Record<string, number> }>));
    expect(a!.treatments).toBeGreaterThan(0);
    expect(a!.counts).toEqual(b!.counts);
    expect(a!.treatments).toBe(b!.treatments);
  });

  it('lists the registers at /reports and the dumps at /export', async () => {
    // The links differ (each server's own address): the registers and their counts must not.
    const registers = async (server: TestServer) =>
      ((await (await get(server, 'reports?format=json')).json()) as { registers: Record<string, unknown>[] }).registers.map(({ csv: _c, xlsx: _x, fiches: _f, ...rest }) => rest);
    expect(await registers(remote)).toEqual(await registers(embedded));
    expect((await registers(remote)).length).toBeGreaterThan(3);
    const dumps = async (server: TestServer) => ((await (await get(server, 'export', 'application/json')).json()) as { dumps: { name: string; triples: number }[] }).dumps.map((d) => `${d.name} ${d.triples}`);
    expect(await dumps(remote)).toEqual(await dumps(embedded));
    const [a, b] = await Promise.all([remote, embedded].map(async (server) => triples(await (await get(server, 'export/all.nt')).text())));
    expect(a!.size).toBe(b!.size);
  });

  it('describes a treatment at its IRI with the embedded content', async () => {
    const [a, b] = await Promise.all([remote, embedded].map(async (server) => (await get(server, TREATMENT_PATH, 'text/turtle')).text()));
    expect(triples(a!).size).toBeGreaterThan(20);
    expect(triples(a!)).toEqual(triples(b!));
    const page = await get(remote, TREATMENT_PATH, 'text/html');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Office');
  });

  it('answers the explorer from the store', async () => {
    const [a, b] = await Promise.all([remote, embedded].map(async (server) => (await get(server, 'explore/stats')).json()));
    expect(a).toEqual(b);
  });

  it('serves every other page from the store as the embedded store does', async () => {
    const iri = encodeURIComponent(`${SHARED_GRAPH_BASE}${TREATMENT_PATH}`);
    for (const [path, accept] of [
      ['', 'text/html'],
      ['.well-known/void', 'text/turtle'],
      ['catalog', 'text/turtle'],
      ['sparql', 'text/turtle'],
      ['explore', 'text/html'],
      [`explore/node?iri=${iri}`, 'application/json'],
      ['explore/search?q=office', 'application/json'],
      ['reports/cnil.csv', 'text/csv'],
      [`reports/treatment?iri=${iri}`, 'text/html'],
      ['export/all.nq', 'application/n-quads'],
      ['checks', 'text/html'],
    ] as const) {
      const [a, b] = await Promise.all([remote, embedded].map((server) => get(server, path, accept)));
      expect(a!.status, path).toBe(b!.status);
      expect(a!.status, path).toBe(200);
      const [textA, textB] = await Promise.all([a!.text(), b!.text()]);
      expect(textA.length, path).toBeGreaterThan(textB.length * 0.5);
    }
  });

  it('without the project\'s manifest graph: /health degraded, pages 503 with the reason, never an empty result', async () => {
    expect(bare.log.join('\n')).toMatch(/WARNING .*holds no manifest graph/);
    const health = (await (await get(bare, 'health')).json()) as { status: string; message: string };
    expect(health.status).toBe('degraded');
    expect(health.message).toContain(`${OTHER_BASE}graph/manifest`);
    expect(health.message).toContain(published.manifestGraph);
    for (const path of ['checks', 'reports?format=json', 'export', `sparql?${new URLSearchParams({ query: 'SELECT * WHERE { ?s ?p ?o } LIMIT 1' })}`, 'queries/treatments-per-register']) {
      const response = await get(bare, path, path.startsWith('checks') || path.startsWith('reports') || path === 'export' ? 'application/json' : JSON_RESULTS);
      expect(response.status, path).toBe(503);
      expect(await response.text(), path).toContain('holds no manifest graph');
    }
  });

  it('serves a new build once the store\'s manifest says so, and says it is not the local one', async () => {
    const other = 'a'.repeat(64);
    await publishTestGraph(virtuoso, locateSharedGraph(), SHARED_GRAPH_BASE, { inputsHash: other, manifestOnly: true });
    expect(await remote.deps.live.reload('test')).toMatchObject({ status: 'switched', generation: { fingerprint: other } });
    const health = (await (await get(remote, 'health')).json()) as { status: string; message: string; store: { holds: { inputsHash: string } } };
    expect(health).toMatchObject({ status: 'degraded', store: { holds: { inputsHash: other } } });
    expect(health.message).toMatch(/not the local build/);
    expect(await remote.deps.live.reload('test')).toMatchObject({ status: 'unchanged' });
    await publishTestGraph(virtuoso, locateSharedGraph(), SHARED_GRAPH_BASE, { manifestOnly: true });
    expect(await remote.deps.live.reload('test')).toMatchObject({ status: 'switched', generation: { fingerprint: published.inputsHash } });
    expect(((await (await get(remote, 'health')).json()) as { status: string }).status).toBe('ok');
  });

  it('answers /diff from the register files, or says why it cannot', async () => {
    // Each server links to its own address: compared without it.
    const [a, b] = await Promise.all([remote, embedded].map(async (server) => (await (await get(server, 'diff', 'application/json')).text()).replaceAll(server.url, '/')));
    expect(a).toEqual(b);
    const without = await startTestServer({ store: virtuoso.sparqlUrl, registersDir: '/nonexistent/registers' }, { baseIri: SHARED_GRAPH_BASE });
    try {
      const response = await get(without, 'diff', 'application/json');
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('/diff compares the register files');
    } finally {
      await without.close();
    }
  });

  it('once the store stops, answers 503 naming it, and stays up', async () => {
    await virtuoso.stop();
    const response = await sparql(remote, 'SELECT * WHERE { ?s ?p ?o } LIMIT 1');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain(`the store ${virtuoso.sparqlUrl} cannot be reached`);
    const page = await get(remote, 'queries/treatments-per-register', JSON_RESULTS);
    expect(page.status).toBe(503);
    const health = (await (await get(remote, 'health')).json()) as { status: string; message: string };
    expect(health.status).toBe('degraded');
    expect(health.message).toContain(virtuoso.sparqlUrl);
    // A refresh that cannot read the manifest keeps the generation served and says why.
    expect(await remote.deps.live.reload('test')).toMatchObject({ status: 'failed', error: expect.stringContaining('cannot be reached') });
    expect(((await (await get(remote, 'health')).json()) as { lastError: { message: string } }).lastError.message).toContain(virtuoso.sparqlUrl);
  });
});
