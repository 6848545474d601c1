// Which queries an engine runs at a scale, and in which order, from what it did at the smaller scales.
import type { QueryMeasure } from './engine-job.ts';
import type { BenchQuery } from './load-bench-queries.ts';
import { summariseTimings } from './summarise-timings.ts';

/** What one engine did at the scales already run. */
export interface EngineHistory {
  /** Queries not to run again at larger scales, with the reason recorded as their `skipped` error. */
  notRun: Map<string, string>;
  /** Last figure measured per query (warm median, else the cold run) and at which scale. */
  measured: Map<string, { treatments: number; ms: number }>;
}

export interface PlanOptions {
  treatments: number;
  timeoutMs: number;
  /**
   * Project each query's time from the last scale it was measured at, linearly in the number of treatments: a query
   * projected over the timeout is skipped (and stays skipped), and those projected over half the timeout run last, so
   * that a timeout among them seldom costs a fresh process and a reload (none when it is the last query). `--quick`.
   */
  project: boolean;
  /**
   * Queries that timed out for some engine (at this scale or a smaller one): run last too, after those projected over
   * half the timeout, so that if they time out here as well no fresh process is needed. Only the order changes.
   * `--quick`.
   */
  late?: ReadonlySet<string>;
}

export interface QueryPlan {
  run: BenchQuery[];
  /** Measures for the queries not run (status `skipped`, with why), in the queries' order. */
  skipped: QueryMeasure[];
}

export function createEngineHistory(): EngineHistory {
  return { notRun: new Map(), measured: new Map() };
}

export function planEngineQueries(queries: readonly BenchQuery[], history: EngineHistory, options: PlanOptions): QueryPlan {
  const run: { query: BenchQuery; projectedMs?: number }[] = [];
  const skipped: QueryMeasure[] = [];
  const skip = (name: string, why: string) => skipped.push({ name, status: 'skipped', error: why, warmMs: [], variants: {} });
  for (const query of queries) {
    // A query that timed out (or was projected to) at a smaller scale would only time out again.
    const why = history.notRun.get(query.name);
    if (why !== undefined) {
      skip(query.name, why);
      continue;
    }
    const last = history.measured.get(query.name);
    if (!options.project || last === undefined || last.treatments >= options.treatments) {
      run.push({ query });
      continue;
    }
    const projectedMs = (last.ms * options.treatments) / last.treatments;
    if (projectedMs > options.timeoutMs) {
      const reason = `projected ${seconds(projectedMs)} at ${fmt(options.treatments)} treatments from ${Math.round(last.ms)} ms at ${fmt(last.treatments)} (linear), over the ${seconds(options.timeoutMs)} timeout`;
      history.notRun.set(query.name, reason);
      skip(query.name, reason);
    } else run.push({ query, projectedMs });
  }
  // Rank among the queries run last: projected time, or past every projection for a timeout of another engine.
  const rank = (p: { query: BenchQuery; projectedMs?: number }): number | undefined => {
    if (options.late?.has(p.query.name)) return Math.max(options.timeoutMs, p.projectedMs ?? 0);
    return options.project && (p.projectedMs ?? 0) > options.timeoutMs / 2 ? p.projectedMs : undefined;
  };
  const safe = run.filter((p) => rank(p) === undefined);
  // A stable sort: ties keep the queries' order.
  const late = run.filter((p) => rank(p) !== undefined).sort((a, b) => rank(a)! - rank(b)!);
  return { run: [...safe, ...late].map((p) => p.query), skipped };
}

/** Remembers an engine's measures at one scale: timeouts are not run again, figures feed the next projection. */
export function recordEngineScale(history: EngineHistory, treatments: number, measures: readonly QueryMeasure[]): void {
  for (const m of measures) {
    if (m.status === 'timeout' && !history.notRun.has(m.name)) history.notRun.set(m.name, `timed out at ${fmt(treatments)} treatments`);
    if (m.status === 'ok' && m.coldMs !== undefined) history.measured.set(m.name, { treatments, ms: summariseTimings(m.warmMs)?.median ?? m.coldMs });
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

function fmt(n: number): string {
  return n.toLocaleString('en');
}
