// Splits a harvested N-Quads dump, as it arrives, into one N-Triples document per named graph: the sources of a generation.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { DataFactory, StreamParser, type Quad } from 'n3';
import { writeN3 } from '../rdf/write-n3.ts';
import { FORMATS } from '../rdf/formats.ts';
import type { GenerationSource } from './graph-generation.ts';

export interface DumpSplitter {
  /** Parses a chunk of the body as it arrives, so that a large dump never blocks the server for long. */
  write(chunk: Uint8Array): void;
  /** The graphs, sorted, so that the same dump always gives the same fingerprint (an unchanged source never causes a switch). */
  end(): Promise<GenerationSource[]>;
}

/**
 * The graph IRIs are the source's own, so that "which register, which ministry" stays queryable in the mirror.
 * Statements of the default graph (our instances write none) go into `defaultGraph`: a mirror has no default graph of its own.
 */
export function createDumpSplitter(name: string, defaultGraph: string): DumpSplitter {
  const byGraph = new Map<string, Quad[]>();
  const parser = new StreamParser({ format: FORMATS.nQuads.n3 });
  let failure: Error | undefined;
  parser.on('error', (error: Error) => (failure ??= error));
  parser.on('data', (quad: Quad) => {
    const graph = quad.graph.termType === 'NamedNode' ? quad.graph.value : defaultGraph;
    let list = byGraph.get(graph);
    if (!list) byGraph.set(graph, (list = []));
    // N-Triples would otherwise write the graph back: each document holds its graph's triples only.
    list.push(DataFactory.quad(quad.subject, quad.predicate, quad.object));
  });
  const ended = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('error', () => resolve());
  });
  return {
    write: (chunk) => void (failure ? undefined : parser.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))),
    async end() {
      parser.end();
      await ended;
      if (failure) throw new Error(`${name}: the dump is not N-Quads: ${failure.message}`);
      const sources: GenerationSource[] = [];
      for (const graph of [...byGraph.keys()].sort()) {
        const text = await writeN3(byGraph.get(graph)!, { format: 'N-Triples' });
        byGraph.delete(graph);
        sources.push({ graph, name: `${name} ${graph}`, turtle: new TextEncoder().encode(text) });
        await yieldToEventLoop();
      }
      return sources;
    },
  };
}
