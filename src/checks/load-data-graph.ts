// The graph the checks run on, in memory and in one default graph: from Turtle files, or from the served store.
import { readFile } from 'node:fs/promises';
import { Parser, Store } from 'n3';
import type { GraphStore } from '../store/graph-store.ts';
import { FORMATS } from '../rdf/formats.ts';

export type DataGraphSource =
  /** Turtle files: data/graph/*.ttl and the ontology (whose skos:broader links make pd:Health sensitive). */
  | { readonly files: readonly string[] }
  /** The store the server holds: all its named graphs, merged. */
  | { readonly store: Pick<GraphStore, 'dump'> };

export async function loadDataGraph(source: DataGraphSource): Promise<Store> {
  const store = new Store();
  if ('files' in source) {
    for (const path of source.files) {
      try {
        // Each file states its own @base; Turtle has no named graphs, so everything lands in the default graph.
        store.addQuads(new Parser({ format: FORMATS.turtle.mediaType }).parse(await readFile(path, 'utf8')));
      } catch (error) {
        throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
      }
    }
  } else {
    // N-Triples: the store merges its named graphs, which the checks see as one union.
    store.addQuads(new Parser({ format: FORMATS.nTriples.mediaType }).parse(await source.store.dump(FORMATS.nTriples.mediaType)));
  }
  return store;
}

