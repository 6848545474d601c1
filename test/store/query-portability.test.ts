// Every canned query and every check gives the same rows on the embedded store (Oxigraph) and on Virtuoso 7.
import type * as RDF from '@rdfjs/types';
import { DataFactory, Parser, Store } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIriMinter } from '../../src/rdf/mint-iris.ts';
import { listGraphFiles } from '../../src/store/list-graph-files.ts';
import { readGenerationSources } from '../../src/store/graph-generation.ts';
import { createGraphStore, type GraphStore } from '../../src/store/graph-store.ts';
import { createQueryEngine } from '../../src/sparql/create-query-engine.ts';
import { openRemoteStore } from '../../src/store/open-remote-store.ts';
import { readStoreManifest } from '../../src/store/read-store-manifest.ts';
import { publishTestGraph } from '../support/publish-test-graph.ts';
import { createSparqlService, type SparqlService } from '../../src/sparql/sparql-service.ts';
import { loadCannedQueries, type CannedQuery } from '../../src/sparql/load-canned-queries.ts';
import { bindQueryParameters } from '../../src/sparql/bind-query-parameters.ts';
import { loadDataGraph } from '../../src/checks/load-data-graph.ts';
import { runChecks } from '../../src/checks/run-checks.ts';
import { locateSharedGraph, SHARED_GRAPH_BASE } from '../support/shared-graph.ts';
import { skipWithoutVirtuoso, startVirtuoso, type VirtuosoServer } from '../support/start-virtuoso.ts';
import { bindWithValues, compareRows, findListSeparators, type Row } from './compare-query-rows.ts';

const TIMEOUT_MS = 60_000;
/** A fixed reference date, so that both runs of the freshness checks compare against the same day. */
const AS_OF = '2026-11-22';

let virtuoso: VirtuosoServer;
let store: GraphStore;
let embedded: SparqlService;
let remote: SparqlService;
let graphs: string[];
let queries: CannedQuery[];

describe.skipIf(skipWithoutVirtuoso())('the same rows on the embedded store and on Virtuoso 7', () => {
  beforeAll(async () => {
    const files = await listGraphFiles(locateSharedGraph(), createIriMinter(SHARED_GRAPH_BASE));
    graphs = [...new Set(files.map((f) => f.graph))];
    [virtuoso, store, queries] = await Promise.all([startVirtuoso(), readGenerationSources(files).then((sources) => createGraphStore({ sources })), loadCannedQueries()]);
    // The data graphs and the manifest graph, as `ropa publish` writes them, so that the store is opened as serve --store opens it.
    await publishTestGraph(virtuoso, locateSharedGraph(), SHARED_GRAPH_BASE);
    const outcome = await readStoreManifest(virtuoso.sparqlUrl, SHARED_GRAPH_BASE, { timeoutMs: TIMEOUT_MS });
    const remoteStore = openRemoteStore({ url: virtuoso.sparqlUrl, outcome, generation: 1, dumpTimeoutMs: TIMEOUT_MS, loadMillis: 0 });
    embedded = createSparqlService({ setup: createQueryEngine({ store, timeoutMs: TIMEOUT_MS }), graphs: () => store.graphs(), timeoutMs: TIMEOUT_MS, resultLimit: 1_000_000 });
    remote = createSparqlService({ setup: createQueryEngine({ store: remoteStore, timeoutMs: TIMEOUT_MS }), graphs: () => remoteStore.graphs(), timeoutMs: TIMEOUT_MS, resultLimit: 1_000_000 });
  });
  afterAll(async () => {
    await Promise.all([virtuoso?.stop(), store?.close()]);
  });

  // The text of each query, as an analyst pastes it into Virtuoso's page: it applies its own defaults (COALESCE),
  // which test/queries/all-queries.test.ts holds equal to the declared defaults bound by /queries/<name>.
  it('answers every canned query, sent as its text, with the rows of the embedded store', async () => {
    const differing = await compareEveryQuery('text', (query) => selectOnVirtuoso(query.text));
    expect(queries.length).toBeGreaterThanOrEqual(35);
    expect(differing).toEqual([]);
  });

  // The declared defaults bound as /queries/<name> binds them, in a VALUES block Virtuoso reads (it has no initial
  // bindings), for the queries that take parameters.
  it('answers every canned query with parameters, its declared defaults in a VALUES block, with the embedded rows', async () => {
    const withParameters = queries.filter((query) => query.params.length > 0);
    const differing = await compareEveryQuery('values', (query) => selectOnVirtuoso(bindWithValues(query.text, bindQueryParameters(query, []))), withParameters);
    expect(withParameters.length).toBeGreaterThanOrEqual(5);
    expect(differing).toEqual([]);
  });

  // Durations are compared as months: the thresholds around the periods of the registers (P1Y, P1Y1D, P13M, P30Y…).
  it.each(['0', '1', '3', '10', '30'])('answers retention-longer-than with years=%s with the embedded rows', async (years) => {
    const query = queries.find((q) => q.name === 'retention-longer-than')!;
    const bindings = bindQueryParameters(query, [['years', years]]);
    const [expected, got] = await Promise.all([embedded.selectRows(query.text, { bindings }), selectOnVirtuoso(bindWithValues(query.text, bindings))]);
    expect(compareRows(expected, got, findListSeparators(query.text))).toEqual({ onlyLeft: [], onlyRight: [] });
    if (years !== '30') expect(expected.length).toBeGreaterThan(0);
  });

  // What /queries/<name> does under serve --store, initial bindings included: Comunica rewrites the query and writes
  // every simple literal as "NIR"^^xsd:string, which Virtuoso 7 does not match with the data's "NIR" (nor LANG(?l)
  // with "fr"^^xsd:string); the remote store writes them back as simple literals (src/store/write-plain-strings.ts).
  it('answers every canned query run through Comunica with the external store as its single source with the embedded rows', async () => {
    const differing = await compareEveryQuery('comunica', (query) => remote.selectRows(query.text, { bindings: bindQueryParameters(query, []) }));
    expect(differing).toEqual([]);
  });

  it('gives every check the same results on the data graph read from Virtuoso as on the embedded store\'s', async () => {
    // The checks run SHACL in memory on the graph the store holds (loadDataGraph): what must be portable is that
    // graph, read back from Virtuoso with every term, language tag and datatype intact.
    const fromEmbedded = await loadDataGraph({ store });
    const fromVirtuoso = await constructFromVirtuoso();
    expect(fromVirtuoso.size).toBe(fromEmbedded.size);
    const [a, b] = await Promise.all([runChecks({ data: { dataset: fromEmbedded }, asOf: AS_OF }), runChecks({ data: { dataset: fromVirtuoso }, asOf: AS_OF })]);
    const show = (run: typeof a) => run.report.results.map((r) => `${r.check} ${r.focusNode} ${r.value?.value ?? ''}`).sort();
    expect(a.report.results.length).toBeGreaterThan(0);
    expect(show(b)).toEqual(show(a));
    expect(b.report.treatments).toBe(a.report.treatments);
  });
});

/**
 * Runs every canned query on the embedded store as /queries/<name> does (declared defaults bound with Comunica's
 * initialBindings) and on Virtuoso with `runOn`, prints a table of the differences and returns the queries that differ.
 */
async function compareEveryQuery(how: string, runOn: (query: CannedQuery) => Promise<Row[]>, only: readonly CannedQuery[] = queries): Promise<string[]> {
  const table: string[] = [];
  const differing: string[] = [];
  for (const query of only) {
    const expected = await embedded.selectRows(query.text, { bindings: bindQueryParameters(query, []) });
    const got = await runOn(query).catch((error: unknown) => error as Error);
    const line = `${query.name.padEnd(56)} ${String(expected.length).padStart(5)} ${(got instanceof Error ? 'error' : String(got.length)).padStart(5)}`;
    if (got instanceof Error) {
      differing.push(query.name);
      table.push(`${line}  ${got.message.split('\n')[0]!.slice(0, 160)}`);
      continue;
    }
    const { onlyLeft, onlyRight } = compareRows(expected, got, findListSeparators(query.text));
    if (onlyLeft.length + onlyRight.length === 0) {
      table.push(`${line}  same`);
      continue;
    }
    differing.push(query.name);
    table.push(`${line}  ${onlyLeft.length} only embedded, ${onlyRight.length} only Virtuoso`);
    for (const row of onlyLeft.slice(0, 3)) table.push(`    - embedded: ${row.slice(0, 300)}`);
    for (const row of onlyRight.slice(0, 3)) table.push(`    + Virtuoso: ${row.slice(0, 300)}`);
  }
  console.log(`Virtuoso run: ${how}\n${'query'.padEnd(56)} embed  virt\n${table.join('\n')}\n${differing.length} of ${only.length} queries differ`);
  return differing;
}

/** Virtuoso's default graph is the union of all its graphs, system graphs included: name ours. */
function datasetParameters(): URLSearchParams {
  const params = new URLSearchParams();
  for (const graph of graphs) params.append('default-graph-uri', graph);
  for (const graph of graphs) params.append('named-graph-uri', graph);
  return params;
}

async function postToVirtuoso(query: string, accept: string): Promise<string> {
  const body = datasetParameters();
  body.set('query', query);
  const response = await fetch(virtuoso.sparqlUrl, { method: 'POST', headers: { accept }, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
  const text = await response.text();
  if (!response.ok) throw new Error(`Virtuoso answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

async function selectOnVirtuoso(query: string): Promise<Row[]> {
  type JsonTerm = { type: string; value: string; datatype?: string; 'xml:lang'?: string };
  const json = JSON.parse(await postToVirtuoso(query, 'application/sparql-results+json')) as { results: { bindings: Record<string, JsonTerm>[] } };
  const toTerm = (t: JsonTerm): RDF.Term =>
    t.type === 'uri'
      ? DataFactory.namedNode(t.value)
      : t.type === 'bnode'
        ? DataFactory.blankNode(t.value)
        : DataFactory.literal(t.value, t['xml:lang'] ?? (t.datatype ? DataFactory.namedNode(t.datatype) : undefined));
  return json.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([name, t]) => [name, toTerm(t)])));
}

/** Every triple of the project's graphs, merged as the embedded store's dump merges them. */
async function constructFromVirtuoso(): Promise<Store> {
  const text = await postToVirtuoso('CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }', 'application/n-triples');
  return new Store(new Parser({ format: 'application/n-triples' }).parse(text));
}
