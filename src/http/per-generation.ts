// One value per generation of the graph (a router's cache), made on first use and dropped with the generation.
import type { AppDeps } from './app-deps.ts';

/** Keyed on the generation's engine, which is a new object per generation (see open-app-deps.ts). */
export function createPerGeneration<T extends object>(deps: Pick<AppDeps, 'sparql'>, make: () => T): () => T {
  const values = new WeakMap<object, T>();
  return () => {
    const key = deps.sparql;
    let value = values.get(key);
    if (!value) {
      value = make();
      values.set(key, value);
    }
    return value;
  };
}
