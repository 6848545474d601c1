// A dump of the whole graph or of one named graph, in any of our RDF formats: the one logic of /export and `ropa export`.
import { DataFactory, Parser } from 'n3';
import type { GraphStore } from '../store/graph-store.ts';
import { PREFIXES } from '../vocab/namespaces.ts';
import { writeN3 } from '../rdf/write-n3.ts';
import { serialiseQuads } from './serialise-quads.ts';
import { FORMATS, type DumpMediaType } from '../rdf/formats.ts';

const { turtle, nTriples, nQuads, trig } = FORMATS;

/**
 * Oxigraph writes N-Triples, N-Quads and Turtle itself (fast, and exactly what is stored); JSON-LD and RDF/XML are
 * serialised from its N-Triples, TriG from its N-Quads. A dump embeds its JSON-LD @context instead of pointing at
 * /context.jsonld, so that a downloaded file reads the same without the server. Without `graph`, a graph format
 * merges the graphs and a dataset format (N-Quads, TriG) keeps them; one graph in a dataset format keeps its name.
 */
export async function dumpGraph(store: Pick<GraphStore, 'dump'>, mediaType: DumpMediaType, graph?: string): Promise<string> {
  if (mediaType === turtle.mediaType || mediaType === nTriples.mediaType) return store.dump(mediaType, graph);
  if (mediaType === nQuads.mediaType && graph === undefined) return store.dump(mediaType);
  if (mediaType === nQuads.mediaType || mediaType === trig.mediaType) {
    const quads =
      graph === undefined
        ? new Parser({ format: nQuads.n3 }).parse(await store.dump(nQuads.mediaType))
        : new Parser({ format: nTriples.n3 }).parse(await store.dump(nTriples.mediaType, graph)).map((q) => DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.namedNode(graph)));
    return writeN3(quads, mediaType === trig.mediaType ? { format: trig.n3, prefixes: PREFIXES } : { format: nQuads.n3 });
  }
  const quads = new Parser({ format: nTriples.n3 }).parse(await store.dump(nTriples.mediaType, graph));
  return serialiseQuads(quads, mediaType);
}
