// Splits a harvested N-Quads dump into one N-Triples document per named graph: the sources of a generation.
import { DataFactory, Parser, type Quad } from 'n3';
import { writeN3 } from '../rdf/write-n3.ts';
import { FORMATS } from '../rdf/formats.ts';
import type { GenerationSource } from './graph-generation.ts';

/**
 * The graph IRIs are the source's own, so that "which register, which ministry" stays queryable in the mirror.
 * Statements of the default graph (our instances write none) go into `defaultGraph`: a mirror has no default graph of its own.
 */
export async function splitDumpByGraph(nQuads: string, name: string, defaultGraph: string): Promise<GenerationSource[]> {
  const byGraph = new Map<string, Quad[]>();
  for (const quad of new Parser({ format: FORMATS.nQuads.n3 }).parse(nQuads)) {
    const graph = quad.graph.termType === 'NamedNode' ? quad.graph.value : defaultGraph;
    let list = byGraph.get(graph);
    if (!list) byGraph.set(graph, (list = []));
    // N-Triples would otherwise write the graph back: each document holds its graph's triples only.
    list.push(DataFactory.quad(quad.subject, quad.predicate, quad.object));
  }
  // Sorted, so that the same dump always gives the same fingerprint (an unchanged source never causes a switch).
  const graphs = [...byGraph.keys()].sort();
  return Promise.all(
    graphs.map(async (graph) => {
      const text = await writeN3(byGraph.get(graph)!, { format: 'N-Triples' });
      return { graph, name: `${name} ${graph}`, turtle: new TextEncoder().encode(text) };
    }),
  );
}
