// Dumps made once per store and kept: the graph is read-only, and /export, the catalogue's byte sizes and the VoID share them.
import type { GraphStore } from '../store/graph-store.ts';
import { dumpGraph } from './dump-graph.ts';
import type { DatasetMediaType } from './rdf-formats.ts';
import type { RdfMediaType } from './serialise-quads.ts';

const cache = new WeakMap<Pick<GraphStore, 'dump'>, Map<string, Promise<string>>>();

/** The whole graph's dump (no `graph`) or one named graph's, made on the first call; a failure is forgotten. */
export function dumpOnce(store: Pick<GraphStore, 'dump'>, mediaType: RdfMediaType | DatasetMediaType, graph?: string): Promise<string> {
  let made = cache.get(store);
  if (!made) cache.set(store, (made = new Map()));
  const key = `${graph ?? ''} ${mediaType}`;
  let pending = made.get(key);
  if (!pending) {
    pending = dumpGraph(store, mediaType, graph);
    made.set(key, pending);
    pending.catch(() => made.delete(key));
  }
  return pending;
}
