// The messages between the bench and an engine's child process: the job, progress, per-query measures.
import type { GraphFile } from '../../src/store/list-graph-files.ts';
import type { EngineName } from './bench-engine.ts';
import type { BenchQuery } from './load-bench-queries.ts';

/**
 * How many warm runs follow the cold one: as many as fit the budget, at most maxRuns, at least minRuns when the query is
 * fast enough for them to fit, else at least one; none when the cold run was slower than slowMs.
 */
export interface WarmPolicy {
  budgetMs: number;
  minRuns: number;
  maxRuns: number;
  /** A cold run slower than this is not repeated (its warm figures are then missing, the cold one stands). */
  slowMs: number;
}

export interface EngineJob {
  engine: EngineName;
  files: GraphFile[];
  baseIri: string;
  queries: BenchQuery[];
  timeoutMs: number;
  warm: WarmPolicy;
  /** Canonical result lines are sent back when there are at most this many (for a readable diff). */
  keepLines: number;
  /**
   * After a timeout, end the process so that the parent starts a fresh one for the queries left: later figures then
   * do not pay for the abandoned query (Comunica goes on computing it). Off for our engine, whose store replaces the
   * worker that overran: the child waits for the new worker instead.
   */
  restartOnTimeout: boolean;
  /** Most warm runs of the variants (ours: rows, store); 0 skips the variants. */
  variantRuns: number;
  /**
   * Time the queries may take once loaded (load excluded, unless budgetCountsLoad); later queries are recorded as
   * skipped. Caps the naive engine.
   */
  budgetMs?: number;
  /** The budget runs from the job's arrival, load included: set for a fresh process after a timeout (a reload). */
  budgetCountsLoad?: boolean;
}

export interface VariantMeasure {
  status: 'ok' | 'timeout' | 'error';
  error?: string;
  coldMs?: number;
  warmMs: number[];
}

export interface QueryMeasure {
  name: string;
  status: 'ok' | 'timeout' | 'error' | 'skipped';
  error?: string;
  coldMs?: number;
  warmMs: number[];
  /** Rows, triples, or 1 for a boolean. */
  count?: number;
  digest?: string;
  strictDigest?: string;
  lines?: string[];
  variants: Record<string, VariantMeasure>;
}

export type EngineMessage =
  | { type: 'loaded'; loadMillis: number; size: number; baselineRssKb: number; rssAfterLoadKb: number; firstQueryMs: number; heapLimitMb: number }
  | { type: 'progress'; query: string; phase: string }
  | { type: 'query'; measure: QueryMeasure }
  | { type: 'finished'; peakRssKb: number }
  | { type: 'failed'; message: string };

export function countWarmRuns(policy: WarmPolicy, coldMs: number): number {
  if (coldMs > policy.slowMs) return 0;
  const fit = Math.floor(policy.budgetMs / Math.max(coldMs, 0.01));
  return fit >= policy.minRuns ? Math.min(policy.maxRuns, fit) : Math.max(1, fit);
}
