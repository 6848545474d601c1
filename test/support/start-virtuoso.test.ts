// The Virtuoso harness: a real server on free ports holds every graph of the shared build, triple for triple.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIriMinter } from '../../src/rdf/mint-iris.ts';
import { listGraphFiles } from '../../src/store/list-graph-files.ts';
import { readGenerationSources } from '../../src/store/graph-generation.ts';
import { createGraphStore } from '../../src/store/graph-store.ts';
import { locateSharedGraph, SHARED_GRAPH_BASE } from './shared-graph.ts';
import { skipWithoutVirtuoso, startVirtuoso, type VirtuosoServer } from './start-virtuoso.ts';

const COUNT_PER_GRAPH = 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g';

describe.skipIf(skipWithoutVirtuoso())('startVirtuoso', () => {
  let virtuoso: VirtuosoServer;
  beforeAll(async () => {
    virtuoso = await startVirtuoso();
  });
  afterAll(async () => {
    await virtuoso?.stop();
  });

  it('holds each file of the shared build in its named graph with the embedded store\'s triple count', async () => {
    const files = await listGraphFiles(locateSharedGraph(), createIriMinter(SHARED_GRAPH_BASE));
    await virtuoso.putGraphs(files);
    const remote = await countPerGraph((query) => fetch(virtuoso.sparqlUrl, { method: 'POST', headers: { accept: 'application/sparql-results+json' }, body: new URLSearchParams({ query }) }).then((r) => r.text()));
    const store = await createGraphStore({ sources: await readGenerationSources(files) });
    try {
      const embedded = await countPerGraph(async (query) => (await store.query(query, { format: 'application/sparql-results+json', timeoutMs: 30_000 })).body);
      expect(embedded.size).toBeGreaterThan(5);
      for (const [graph, count] of embedded) expect(remote.get(graph), graph).toBe(count);
    } finally {
      await store.close();
    }
  });
});

async function countPerGraph(run: (query: string) => Promise<string>): Promise<Map<string, number>> {
  const json = JSON.parse(await run(COUNT_PER_GRAPH)) as { results: { bindings: { g: { value: string }; n: { value: string } }[] } };
  return new Map(json.results.bindings.map((b) => [b.g.value, Number(b.n.value)]));
}
