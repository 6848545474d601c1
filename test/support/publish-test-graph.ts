// Puts a built graph folder into a test store with the manifest graph `ropa publish` writes (its own quads), without the CLI.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser, Store } from 'n3';
import { createIriMinter } from '../../src/rdf/mint-iris.ts';
import { buildStoreManifestQuads, nameManifestGraph } from '../../src/rdf/store-manifest-quads.ts';
import { writeN3 } from '../../src/rdf/write-n3.ts';
import { listGraphFiles } from '../../src/store/list-graph-files.ts';
import type { VirtuosoServer } from './start-virtuoso.ts';

export interface PublishedTestGraph {
  manifestGraph: string;
  inputsHash: string;
  /** Triples per named graph, as counted here (the union of a graph's files). */
  graphs: Map<string, number>;
}

export interface PublishOptions {
  /** Says the store holds another build than graphDir's (a refresh test); default the build's own hash. */
  inputsHash?: string;
  /** Replaces only the manifest graph, the data graphs being there already. */
  manifestOnly?: boolean;
}

/** Every graph file of `graphDir` into its named graph, then `{base}graph/manifest` describing them. */
export async function publishTestGraph(store: Pick<VirtuosoServer, 'putGraphs'>, graphDir: string, baseIri: string, options: PublishOptions = {}): Promise<PublishedTestGraph> {
  const files = await listGraphFiles(graphDir, createIriMinter(baseIri));
  const perGraph = new Map<string, Store>();
  for (const file of files) {
    const graph = perGraph.get(file.graph) ?? new Store();
    perGraph.set(file.graph, graph);
    graph.addQuads(new Parser({ baseIRI: baseIri }).parse(await readFile(file.path, 'utf8')));
  }
  const graphs = new Map([...perGraph].map(([iri, store]) => [iri, store.size]));
  const inputsHash = options.inputsHash ?? (JSON.parse(await readFile(join(graphDir, 'manifest.json'), 'utf8')) as { inputsHash: string }).inputsHash;
  const manifestGraph = nameManifestGraph(baseIri);
  const quads = buildStoreManifestQuads({ iri: manifestGraph, inputsHash, issued: new Date(), graphs: [...graphs].map(([iri, triples]) => ({ iri, triples })) });
  const path = join(await mkdtemp(join(tmpdir(), 'ropa-test-manifest-')), 'manifest.ttl');
  await writeFile(path, await writeN3(quads, { format: 'Turtle' }));
  await store.putGraphs([...(options.manifestOnly ? [] : files), { path, graph: manifestGraph }]);
  return { manifestGraph, inputsHash, graphs };
}
