// Puts a built graph folder into a test store with its manifest graph, as `ropa publish` will (swap this for it then).
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory, Parser, Store } from 'n3';
import { createIriMinter } from '../../src/rdf/mint-iris.ts';
import { writeN3 } from '../../src/rdf/write-n3.ts';
import { listGraphFiles } from '../../src/store/list-graph-files.ts';
import { nameManifestGraph } from '../../src/store/read-store-manifest.ts';
import { dct, rdf, ropa, voidNs, xsd } from '../../src/vocab/namespaces.ts';
import type { VirtuosoServer } from './start-virtuoso.ts';

const { namedNode, literal, quad } = DataFactory;

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
  const dataset = namedNode(manifestGraph);
  const quads = [
    quad(dataset, rdf.type, voidNs.Dataset),
    quad(dataset, ropa.inputsHash, literal(inputsHash)),
    quad(dataset, dct.issued, literal(new Date().toISOString(), xsd.dateTime)),
    quad(dataset, voidNs.triples, literal(String([...graphs.values()].reduce((n, t) => n + t, 0)), xsd.integer)),
    ...[...graphs].flatMap(([iri, triples]) => [quad(dataset, voidNs.subset, namedNode(iri)), quad(namedNode(iri), voidNs.triples, literal(String(triples), xsd.integer))]),
  ];
  const path = join(await mkdtemp(join(tmpdir(), 'ropa-test-manifest-')), 'manifest.ttl');
  await writeFile(path, await writeN3(quads, { format: 'Turtle' }));
  await store.putGraphs([...(options.manifestOnly ? [] : files), { path, graph: manifestGraph }]);
  return { manifestGraph, inputsHash, graphs };
}
