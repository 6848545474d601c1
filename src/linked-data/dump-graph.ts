// A dump of the whole graph or of one named graph, in any of our RDF formats: the one logic of /export and `ropa export`.
import { Parser } from 'n3';
import type { GraphStore } from '../store/graph-store.ts';
import { serialiseQuads, type RdfMediaType } from './serialise-quads.ts';

/**
 * Oxigraph writes N-Triples and Turtle itself (fast, and exactly what is stored); JSON-LD and RDF/XML are
 * serialised from its N-Triples. A dump embeds its JSON-LD @context instead of pointing at /context.jsonld,
 * so that a downloaded file reads the same without the server. Without `graph`, the graphs are merged.
 */
export async function dumpGraph(store: Pick<GraphStore, 'dump'>, mediaType: RdfMediaType, graph?: string): Promise<string> {
  if (mediaType === 'text/turtle' || mediaType === 'application/n-triples') return store.dump(mediaType, graph);
  const quads = new Parser({ format: 'N-Triples' }).parse(await store.dump('application/n-triples', graph));
  return serialiseQuads(quads, mediaType);
}
