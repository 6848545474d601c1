// A dump of the whole graph or of one named graph, in any of our RDF formats: the one logic of /export and `ropa export`.
import { DataFactory, Parser } from 'n3';
import type { GraphStore } from '../store/graph-store.ts';
import { PREFIXES } from '../vocab/namespaces.ts';
import { writeN3 } from '../rdf/write-n3.ts';
import { serialiseQuads, type RdfMediaType } from './serialise-quads.ts';
import type { DatasetMediaType } from './rdf-formats.ts';

/**
 * Oxigraph writes N-Triples, N-Quads and Turtle itself (fast, and exactly what is stored); JSON-LD and RDF/XML are
 * serialised from its N-Triples, TriG from its N-Quads. A dump embeds its JSON-LD @context instead of pointing at
 * /context.jsonld, so that a downloaded file reads the same without the server. Without `graph`, a graph format
 * merges the graphs and a dataset format (N-Quads, TriG) keeps them; one graph in a dataset format keeps its name.
 */
export async function dumpGraph(store: Pick<GraphStore, 'dump'>, mediaType: RdfMediaType | DatasetMediaType, graph?: string): Promise<string> {
  if (mediaType === 'text/turtle' || mediaType === 'application/n-triples') return store.dump(mediaType, graph);
  if (mediaType === 'application/n-quads' && graph === undefined) return store.dump(mediaType);
  if (mediaType === 'application/n-quads' || mediaType === 'application/trig') {
    const quads =
      graph === undefined
        ? new Parser({ format: 'N-Quads' }).parse(await store.dump('application/n-quads'))
        : new Parser({ format: 'N-Triples' }).parse(await store.dump('application/n-triples', graph)).map((q) => DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.namedNode(graph)));
    return writeN3(quads, mediaType === 'application/trig' ? { format: 'TriG', prefixes: PREFIXES } : { format: 'N-Quads' });
  }
  const quads = new Parser({ format: 'N-Triples' }).parse(await store.dump('application/n-triples', graph));
  return serialiseQuads(quads, mediaType);
}
