// Dumps made once per generation of the graph and kept: a generation is read-only, and /export, the catalogue's byte sizes and the VoID share them.
import type { GraphStore } from '../store/graph-store.ts';
import { dumpGraph } from './dump-graph.ts';
import type { DumpMediaType } from '../rdf/formats.ts';

/**
 * The graph served: its store, and an object that is new with each generation of the live graph (the engine of the
 * request's generation), which the caches are keyed on so that a rebuild is never answered from an old dump.
 */
export interface DumpSource {
  readonly store: Pick<GraphStore, 'dump'>;
  readonly sparql: object;
}

const cache = new WeakMap<object, Map<string, Promise<string>>>();
/** Bytes of the dumps made so far, by the same key. */
const sizes = new WeakMap<object, Map<string, number>>();

/** The whole graph's dump (no `graph`) or one named graph's, made on the first call; a failure is forgotten. */
export function dumpOnce(source: DumpSource, mediaType: DumpMediaType, graph?: string): Promise<string> {
  const { store, sparql: generation } = source;
  let made = cache.get(generation);
  if (!made) cache.set(generation, (made = new Map()));
  const key = `${graph ?? ''} ${mediaType}`;
  let pending = made.get(key);
  if (!pending) {
    pending = dumpGraph(store, mediaType, graph);
    made.set(key, pending);
    pending.then((body) => {
      if (!sizes.has(generation)) sizes.set(generation, new Map());
      sizes.get(generation)!.set(key, Buffer.byteLength(body));
    }, () => undefined);
    pending.catch(() => made.delete(key));
  }
  return pending;
}

/** The size in bytes of a dump already made, without making it (undefined when it has not been asked for yet). */
export function sizeOfMadeDump(source: DumpSource, mediaType: DumpMediaType, graph?: string): number | undefined {
  return sizes.get(source.sparql)?.get(`${graph ?? ''} ${mediaType}`);
}
