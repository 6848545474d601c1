// The shape of a bench run's results (bench/results/<date>.json) and the figures derived from the raw measures.
import type { EngineName } from './bench-engine.ts';
import type { QueryAgreement } from './compare-engine-results.ts';
import type { QueryMeasure, WarmPolicy } from './engine-job.ts';
import type { HttpBenchResult } from './run-http-bench.ts';
import type { BuildThroughput } from './measure-build-throughput.ts';
import type { EngineScaleResult } from './run-engine-process.ts';
import { geometricMean, summariseTimings, type TimingSummary } from './summarise-timings.ts';
import type { RegisterSummary } from './summarise-registers.ts';

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  platform: string;
  /** 1-minute load average when the run started and ended: other processes on the machine skew every figure. */
  loadAverage: { start: number; end: number };
}

export interface ScaleBuild {
  registers: number;
  treatments: number;
  /** Quads produced by the mapping (the Turtle writer drops the rare duplicates). */
  quads: number;
  turtleBytes: number;
  /** Wall time of each step, milliseconds; writing to disk is not part of the throughput. */
  millis: { generate: number; map: number; serialise: number; write: number };
  /** Treatments per second for generate + map + serialise. */
  throughput: number;
}

export interface QueryFigures {
  query: string;
  /** The figure compared: warm median when there are warm runs, else the cold run (marked). */
  figure: Partial<Record<EngineName, { ms: number; from: 'warm' | 'cold' | 'timeout'; lowerBound: boolean }>>;
  timings: Partial<Record<EngineName, { status: QueryMeasure['status']; /** Why a query was not run. */ skipped?: string; cold?: number; warm?: TimingSummary; count?: number; variants?: Record<string, TimingSummary | undefined> }>>;
  oursOverOxigraph?: number;
  naiveOverOurs?: number;
  /** True when naive timed out, so that naive÷ours is at least the figure given. */
  naiveLowerBound?: boolean;
}

export interface ScaleResult {
  treatments: number;
  build: ScaleBuild;
  engines: EngineScaleResult[];
  agreement: QueryAgreement[];
  queries: QueryFigures[];
  geomean: { oursOverOxigraph?: number; naiveOverOurs?: number };
  loadAverage: number;
}

export interface TargetCheck {
  target: string;
  met: boolean | undefined;
  detail: string;
}

export interface BenchReport {
  date: string;
  startedAt: string;
  finishedAt: string;
  /** Wall time of the whole run so far (from the bench process's start, so module loading included), milliseconds. */
  wallMs: number;
  /** Where the wall time went, in order: "setup", "1000 generate", "1000 ours", …, "http". */
  phases: { name: string; ms: number }[];
  machine: MachineInfo;
  options: { quick: boolean; scales: number[]; engines: EngineName[]; seed: string; timeoutMs: number; warm: WarmPolicy; httpDurationS: number; queries?: string; queriesDir?: string; heapMb?: number };
  /** The real registers the generator follows, and the synthetic registers of each scale, summarised. */
  statistics: { real: RegisterSummary; synthetic: Record<string, RegisterSummary> };
  queries: { name: string; title: string; origin: 'queries' | 'bench'; form: string }[];
  scales: ScaleResult[];
  http?: HttpBenchResult;
  httpError?: string;
  /** `ropa build` on a 10 000-row register workbook beside the text registers (issue 15). */
  build?: BuildThroughput;
  buildError?: string;
  targets: TargetCheck[];
  /** Queries whose engines disagree (`disagree` verdicts over all scales): the run then exits with 1. */
  disagreements: number;
}

/** `disagree` verdicts over all scales; `naive-unsupported`, `tolerated` and `incomplete` do not count. */
export function countDisagreements(scales: readonly Pick<ScaleResult, 'agreement'>[]): number {
  return scales.reduce((n, s) => n + s.agreement.filter((a) => a.verdict === 'disagree').length, 0);
}

/** The bench's exit code: 1 as soon as two engines disagree on one query at one scale, else 0. */
export function benchExitCode(report: Pick<BenchReport, 'scales'>): 0 | 1 {
  return countDisagreements(report.scales) > 0 ? 1 : 0;
}

/** Per-query figures and ratios of one scale, from the engines' raw measures. */
export function deriveQueryFigures(engines: readonly EngineScaleResult[], timeoutMs: number): { queries: QueryFigures[]; geomean: ScaleResult['geomean'] } {
  const names = [...new Set(engines.flatMap((e) => e.queries.map((q) => q.name)))];
  const queries = names.map((query) => {
    const figures: QueryFigures = { query, figure: {}, timings: {} };
    for (const engine of engines) {
      const m = engine.queries.find((q) => q.name === query);
      if (!m) continue;
      const warm = summariseTimings(m.warmMs);
      const variants = Object.fromEntries(Object.entries(m.variants).map(([name, v]) => [name, summariseTimings(v.warmMs.length > 0 ? v.warmMs : v.coldMs !== undefined ? [v.coldMs] : [])]));
      figures.timings[engine.engine] = { status: m.status, ...(m.status === 'skipped' && m.error ? { skipped: m.error } : {}), ...(m.coldMs !== undefined ? { cold: m.coldMs } : {}), ...(warm ? { warm } : {}), ...(m.count !== undefined ? { count: m.count } : {}), ...(Object.keys(variants).length > 0 ? { variants } : {}) };
      if (m.status === 'ok' && m.coldMs !== undefined) figures.figure[engine.engine] = { ms: warm?.median ?? m.coldMs, from: warm ? 'warm' : 'cold', lowerBound: false };
      else if (m.status === 'timeout') figures.figure[engine.engine] = { ms: timeoutMs, from: 'timeout', lowerBound: true };
    }
    const { ours, oxigraph, naive } = figures.figure;
    if (ours && oxigraph && !ours.lowerBound && !oxigraph.lowerBound) figures.oursOverOxigraph = ours.ms / oxigraph.ms;
    if (ours && naive && !ours.lowerBound) {
      figures.naiveOverOurs = naive.ms / ours.ms;
      if (naive.lowerBound) figures.naiveLowerBound = true;
    }
    return figures;
  });
  const defined = (values: (number | undefined)[]) => values.filter((v): v is number => v !== undefined);
  return {
    queries,
    geomean: {
      oursOverOxigraph: geometricMean(defined(queries.map((q) => q.oursOverOxigraph))),
      naiveOverOurs: geometricMean(defined(queries.map((q) => q.naiveOverOurs))),
    },
  };
}

/** Warm (else cold) geometric mean latency of one engine at one scale, over the queries every engine answered. */
export function readEngineGeomean(scale: ScaleResult, engine: EngineName): number | undefined {
  const engines = scale.engines.map((e) => e.engine);
  const common = scale.queries.filter((q) => engines.every((e) => q.figure[e] !== undefined));
  return geometricMean(common.map((q) => q.figure[engine]?.ms).filter((v): v is number => v !== undefined));
}
