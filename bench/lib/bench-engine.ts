// What the bench asks of each engine under test: load a graph, run a query to a serialised result, close.
import type { BenchQuery, BenchQueryForm } from './load-bench-queries.ts';

export const ENGINE_NAMES = ['ours', 'oxigraph', 'naive'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

export const ENGINE_LABELS: Record<EngineName, string> = {
  ours: 'ours (Comunica → worker Oxigraph)',
  oxigraph: 'Oxigraph native',
  naive: 'Comunica over N3.js',
};

export interface EngineOutput {
  body: string;
  mediaType: string;
}

export interface BenchEngine {
  /** Quads loaded. */
  readonly size: number;
  /** Runs the query and returns the whole result, serialised as the endpoint would send it. */
  run(query: BenchQuery, timeoutMs: number): Promise<EngineOutput>;
  /** Other ways of running the same query, timed beside the main one; each returns how many items it got. */
  readonly variants: Readonly<Record<string, (query: BenchQuery, timeoutMs: number) => Promise<number>>>;
  close(): Promise<void>;
}

/** SPARQL JSON for solutions and booleans, N-Triples for graphs: what every engine writes, for comparison. */
export function chooseBenchMediaType(form: BenchQueryForm): string {
  return form === 'CONSTRUCT' || form === 'DESCRIBE' ? 'application/n-triples' : 'application/sparql-results+json';
}

/** A query that ran past its time; the runner records "timeout" rather than a figure. */
export class BenchTimeoutError extends Error {
  constructor(ms: number) {
    super(`the query ran longer than ${ms} ms`);
    this.name = 'BenchTimeoutError';
  }
}
