// Dumps made once per store and kept: the graph is read-only, and /export, the catalogue's byte sizes and the VoID share them.
import type { GraphStore } from '../store/graph-store.ts';
import { dumpGraph } from './dump-graph.ts';
import type { DatasetMediaType } from './rdf-formats.ts';
import type { RdfMediaType } from './serialise-quads.ts';

const cache = new WeakMap<Pick<GraphStore, 'dump'>, Map<string, Promise<string>>>();
/** Bytes of the dumps made so far, by the same key. */
const sizes = new WeakMap<Pick<GraphStore, 'dump'>, Map<string, number>>();

/** The whole graph's dump (no `graph`) or one named graph's, made on the first call; a failure is forgotten. */
export function dumpOnce(store: Pick<GraphStore, 'dump'>, mediaType: RdfMediaType | DatasetMediaType, graph?: string): Promise<string> {
  let made = cache.get(store);
  if (!made) cache.set(store, (made = new Map()));
  const key = `${graph ?? ''} ${mediaType}`;
  let pending = made.get(key);
  if (!pending) {
    pending = dumpGraph(store, mediaType, graph);
    made.set(key, pending);
    pending.then((body) => {
      if (!sizes.has(store)) sizes.set(store, new Map());
      sizes.get(store)!.set(key, Buffer.byteLength(body));
    }, () => undefined);
    pending.catch(() => made.delete(key));
  }
  return pending;
}

/** The size in bytes of a dump already made, without making it (undefined when it has not been asked for yet). */
export function sizeOfMadeDump(store: Pick<GraphStore, 'dump'>, mediaType: RdfMediaType | DatasetMediaType, graph?: string): number | undefined {
  return sizes.get(store)?.get(`${graph ?? ''} ${mediaType}`);
}
