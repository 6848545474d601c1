// `npm run bench`: synthetic registers at several scales, three engines each in its own process, HTTP at seed scale.
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { PROJECT_ROOT } from '../src/config/project-paths.ts';
import { ENGINE_LABELS, ENGINE_NAMES, type EngineName } from './lib/bench-engine.ts';
import { benchExitCode, countDisagreements, deriveQueryFigures, type BenchReport, type ScaleResult } from './lib/bench-report.ts';
import { checkTargets } from './lib/check-targets.ts';
import { compareEngineResults } from './lib/compare-engine-results.ts';
import type { WarmPolicy } from './lib/engine-job.ts';
import { loadBenchQueries, type BenchQuery } from './lib/load-bench-queries.ts';
import { loadRealRegisters } from './lib/load-real-registers.ts';
import { measureRegisterStats } from './lib/measure-register-stats.ts';
import { findNaiveLimitation } from './lib/naive-limitations.ts';
import { createEngineHistory, planEngineQueries, recordEngineScale, type EngineHistory } from './lib/plan-engine-queries.ts';
import { renderLatencyChart } from './lib/render-latency-chart.ts';
import { renderReportMarkdown } from './lib/render-report-markdown.ts';
import { runEngineProcess } from './lib/run-engine-process.ts';
import { runHttpBench, type HttpCase } from './lib/run-http-bench.ts';
import { summariseRegisters } from './lib/summarise-registers.ts';
import { writeSyntheticGraph } from './lib/write-synthetic-graph.ts';
import { measureBuildThroughput } from './lib/measure-build-throughput.ts';

/** Never resolvable (RFC 6761): the synthetic graph's IRIs point nowhere. */
const BENCH_BASE_IRI = 'http://bench.ropa-graph.invalid/';

interface Options {
  quick?: boolean;
  scales?: number[];
  engines?: EngineName[];
  out: string;
  work: string;
  seed: string;
  timeout?: number;
  runs?: number;
  http: boolean;
  httpDuration?: number;
  naiveBudget?: number;
  heap?: number;
  queries?: string;
  queriesDir?: string;
  keepData?: boolean;
  buildBench: boolean;
}

const program = new Command('bench')
  .description('Benchmarks our SPARQL engine against Oxigraph native and Comunica over N3.js on synthetic registers, and the HTTP endpoint at seed scale')
  .option('--quick', 'scales 1000,10000, fewer warm runs, 3 s query timeout, queries projected over it skipped, naive budget 15 s, 3 s HTTP runs (results in <date>-quick.*)')
  .option('--scales <list>', 'treatment counts, comma-separated (default 1000,10000,100000; --quick 1000,10000)', parseIntegers)
  .option('--engines <list>', `engines, comma-separated, among ${ENGINE_NAMES.join(', ')} (default all)`, parseEngines)
  .option('--out <dir>', 'results folder', join(PROJECT_ROOT, 'bench', 'results'))
  .option('--work <dir>', 'where the synthetic Turtle is written (removed after each scale)', join(PROJECT_ROOT, 'bench', 'work', 'graphs'))
  .option('--seed <seed>', 'seed of the generator', 'ropa-bench-1')
  .option('--timeout <ms>', 'per-query timeout (default 60000; --quick 3000)', parsePositive)
  .option('--runs <n>', 'most warm runs per query (default 100; --quick 3)', parsePositive)
  .option('--no-http', 'skip the HTTP load test')
  .option('--http-duration <s>', 'seconds per HTTP load test (default 10; --quick 3)', parsePositive)
  .option('--naive-budget <s>', 'seconds the naive engine may spend per scale after its first load (reloads included); later queries are skipped (default 1200; --quick 15)', parsePositive)
  .option('--heap <MiB>', "V8 heap limit of each engine's process; the naive engine holds the whole graph as JS objects (default 12288; at 100 000 it needs more)", parsePositive)
  .option('--queries <regexp>', 'run only the queries whose name matches (e.g. "^bench/")')
  .option('--queries-dir <dir>', "read the analysts' queries from this folder instead of queries/ (bench/queries/ is still read)")
  .option('--keep-data', 'keep the synthetic Turtle files')
  .option('--no-build-bench', 'skip the build throughput of a 10 000-row register workbook (npm run bench:build runs it alone)')
  .action(async (options: Options) => {
    process.exitCode = await runBench(options);
  });

await program.parseAsync(process.argv);

async function runBench(options: Options): Promise<number> {
  const quick = options.quick === true;
  const scales = options.scales ?? (quick ? [1000, 10_000] : [1000, 10_000, 100_000]);
  const engines = options.engines ?? [...ENGINE_NAMES];
  const timeoutMs = options.timeout ?? (quick ? 3_000 : 60_000);
  // 100, not 30: the medians of sub-millisecond queries moved by a third between runs with 30 (the budget still caps slow ones).
  const maxRuns = options.runs ?? (quick ? 3 : 100);
  const warm: WarmPolicy = quick ? { budgetMs: 300, minRuns: 2, maxRuns, slowMs: 1_000 } : { budgetMs: 5_000, minRuns: 5, maxRuns, slowMs: 20_000 };
  const naiveBudgetMs = (options.naiveBudget ?? (quick ? 15 : 1200)) * 1000;
  const httpDurationS = options.httpDuration ?? (quick ? 3 : 10);
  // The bench process's own start (npm and tsx excluded), so that the wall time covers module loading too.
  const processStart = performance.timeOrigin;
  const startedAt = new Date();
  const phases: BenchReport['phases'] = [];
  let phaseStart = processStart;
  /** Closes the current phase: its time runs from the end of the previous one. */
  const phase = (name: string) => {
    const now = Date.now();
    phases.push({ name, ms: now - phaseStart });
    phaseStart = now;
  };
  const date = startedAt.toISOString().slice(0, 10);
  const stem = quick ? `${date}-quick` : date;
  const outDir = resolve(options.out);
  const loadStart = loadavg()[0]!;
  log(`bench ${stem}: scales ${scales.join(', ')}; engines ${engines.join(', ')}; timeout ${timeoutMs} ms; ${cpus().length} cores, load ${loadStart.toFixed(1)}`);

  const { registers, catalogues } = await loadRealRegisters();
  const stats = measureRegisterStats(registers);
  const pattern = options.queries === undefined ? undefined : new RegExp(options.queries);
  const queries = (await loadBenchQueries(options.queriesDir ? { queriesDir: resolve(options.queriesDir) } : {})).filter((q) => pattern === undefined || pattern.test(q.name));
  log(`${registers.length} real registers, ${stats.treatments} treatments measured; ${queries.length} queries`);
  const naiveLimitations = new Map(queries.flatMap((q) => {
    const why = findNaiveLimitation(q.text);
    return why === undefined ? [] : [[q.name, why] as const];
  }));
  for (const [name, why] of naiveLimitations) log(`${name}: naive engine not expected to agree (${why})`);

  const report: BenchReport = {
    date,
    startedAt: startedAt.toISOString(),
    finishedAt: '',
    wallMs: 0,
    phases,
    machine: { cores: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryBytes: totalmem(), node: process.version, platform: `${process.platform} ${process.arch}`, loadAverage: { start: loadStart, end: loadStart } },
    options: { quick, scales, engines, seed: options.seed, timeoutMs, warm, httpDurationS, ...(options.queries ? { queries: options.queries } : {}), ...(options.queriesDir ? { queriesDir: resolve(options.queriesDir) } : {}), ...(options.heap !== undefined ? { heapMb: options.heap } : {}) },
    statistics: { real: summariseRegisters(registers), synthetic: {} },
    queries: queries.map((q) => ({ name: q.name, title: q.title, origin: q.origin, form: q.form })),
    scales: [],
    targets: [],
    disagreements: 0,
  };

  const histories = new Map<EngineName, EngineHistory>(engines.map((e) => [e, createEngineHistory()]));
  // Queries that timed out for some engine at some scale: with --quick, the next engines run them last.
  const timedOutSomewhere = new Set<string>();
  phase('setup');
  for (const treatments of [...scales].sort((a, b) => a - b)) {
    report.scales.push(await runScale(treatments));
    await saveReport();
  }

  if (options.http) {
    try {
      const cases = chooseHttpCases(registers[0]?.treatments[0]?.title ?? 'Annuaire et trombinoscope', queries);
      report.http = await runHttpBench({ cases, connections: [1, 4], durationS: httpDurationS, log });
    } catch (error) {
      report.httpError = error instanceof Error ? error.message : String(error);
      log(`http: ${report.httpError}`);
    }
    phase('http');
  }
  if (options.buildBench) {
    try {
      report.build = await measureBuildThroughput({ rows: 10_000, work: resolve(options.work, 'build'), log });
      log(`build: ${report.build.workbook.treatmentsPerSecond} treatments/s on ${report.build.workbookRows} rows, peak RSS ${report.build.workbook.peakRssMb} MiB`);
    } catch (error) {
      report.buildError = error instanceof Error ? error.message : String(error);
      log(`build: ${report.buildError}`);
    }
    phase('build');
  }
  await saveReport();
  for (const t of report.targets) log(`target ${t.met === undefined ? '–' : t.met ? 'met' : 'NOT met'}: ${t.target} (${t.detail})`);
  log(`results: ${join(outDir, `${stem}.md`)}`);
  log(`wall time ${formatDuration(report.wallMs)} (${phases.map((p) => `${p.name} ${(p.ms / 1000).toFixed(1)} s`).join(', ')})`);
  const code = benchExitCode(report);
  if (code !== 0) log(`${report.disagreements} query result(s) differ between engines`);
  return code;

  async function runScale(treatments: number): Promise<ScaleResult> {
    const dir = join(resolve(options.work), String(treatments));
    log(`[${fmt(treatments)}] generating, mapping and serialising`);
    let next = 0.1;
    const graph = await writeSyntheticGraph({
      dir,
      treatments,
      seed: `${options.seed}:${treatments}`,
      stats,
      catalogues,
      baseIri: BENCH_BASE_IRI,
      onProgress: (done, total) => {
        if (done / total >= next) {
          log(`[${fmt(treatments)}] ${Math.round((done / total) * 100)} %`);
          next = Math.floor((done / total) * 10) / 10 + 0.1;
        }
      },
    });
    log(`[${fmt(treatments)}] ${graph.registers} registers, ${fmt(graph.quads)} quads, ${(graph.turtleBytes / 1024 ** 2).toFixed(0)} MiB of Turtle, ${graph.throughput.toFixed(0)} treatments/s`);
    report.statistics.synthetic[String(treatments)] = graph.summary;
    phase(`${treatments} generate`);

    const results = [];
    for (const engine of engines) {
      // A query that timed out at a smaller scale would only time out again: it is not run, and says why. With
      // --quick, neither is one whose time at the last scale, scaled linearly, is over the timeout; and those
      // projected over half of it run last, as do those that timed out for any engine so far, so that their timeout
      // seldom costs a fresh process and a reload.
      const history = histories.get(engine)!;
      const plan = planEngineQueries(queries, history, { treatments, timeoutMs, project: quick, ...(quick ? { late: timedOutSomewhere } : {}) });
      for (const m of plan.skipped) log(`[${fmt(treatments)}] ${engine}: ${m.name} skipped (${m.error})`);
      log(`[${fmt(treatments)}] ${engine}: loading (free memory ${(freemem() / 1024 ** 3).toFixed(1)} GiB)`);
      const result = await runEngineProcess(
        {
          engine,
          files: graph.files,
          baseIri: BENCH_BASE_IRI,
          queries: plan.run,
          timeoutMs,
          warm,
          keepLines: 2000,
          // A fresh process after a timeout keeps later figures clean (Comunica cannot be stopped, Oxigraph native is
          // synchronous, and after our store replaced its worker later queries were seen slowed for seconds).
          restartOnTimeout: true,
          variantRuns: quick ? 0 : 5,
          ...(engine === 'naive' ? { budgetMs: naiveBudgetMs } : {}),
        },
        {
          loadTimeoutMs: 45 * 60_000,
          ...(options.heap !== undefined ? { maxOldSpaceMb: options.heap } : {}),
          maxRestarts: quick ? 4 : 3,
          // Oxigraph native cannot stop itself: the watchdog kills it this long after the timeout.
          graceMs: quick ? 1_000 : 20_000,
          onMessage: (m) => {
            if (m.type === 'loaded') log(`[${fmt(treatments)}] ${engine}: loaded ${fmt(m.size)} quads in ${(m.loadMillis / 1000).toFixed(1)} s, RSS ${(m.rssAfterLoadKb / 1024).toFixed(0)} MiB`);
            else if (m.type === 'progress' && m.phase === 'cold') log(`[${fmt(treatments)}] ${engine}: ${m.query}`);
            else if (m.type === 'query') log(`[${fmt(treatments)}] ${engine}: ${m.measure.name} ${m.measure.status}${m.measure.coldMs !== undefined ? ` cold ${m.measure.coldMs.toFixed(1)} ms, ${m.measure.warmMs.length} warm` : ''}${m.measure.error ? ` (${m.measure.error.split('\n')[0]})` : ''}`);
            else if (m.type === 'failed') log(`[${fmt(treatments)}] ${engine}: failed: ${m.message.split('\n')[0]}`);
          },
        },
      );
      if (result.status === 'failed') log(`[${fmt(treatments)}] ${engine}: ${result.error}`);
      recordEngineScale(history, treatments, result.queries);
      for (const m of result.queries) if (m.status === 'timeout') timedOutSomewhere.add(m.name);
      result.queries.push(...plan.skipped);
      const order = new Map(queries.map((q, i) => [q.name, i]));
      result.queries.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
      results.push(result);
      phase(`${treatments} ${engine}`);
    }
    if (!options.keepData) await rm(dir, { recursive: true, force: true });
    const agreement = compareEngineResults(Object.fromEntries(results.map((r) => [r.engine, r.queries])), { naiveLimitations });
    for (const a of agreement.filter((x) => x.verdict === 'disagree')) log(`[${fmt(treatments)}] DISAGREE ${a.query}: ${a.detail}`);
    for (const a of agreement.filter((x) => x.verdict === 'naive-unsupported')) log(`[${fmt(treatments)}] naive unsupported ${a.query}: ${a.detail}`);
    // Canonical result lines served the comparison only.
    for (const r of results) for (const q of r.queries) delete q.lines;
    const { queries: figures, geomean } = deriveQueryFigures(results, timeoutMs);
    log(`[${fmt(treatments)}] geometric means: ours ÷ Oxigraph ${geomean.oursOverOxigraph?.toFixed(2) ?? '–'}×, naive ÷ ours ${geomean.naiveOverOurs?.toFixed(1) ?? '–'}×`);
    const { millis, throughput, registers: registerCount, quads, turtleBytes } = graph;
    return { treatments, build: { registers: registerCount, treatments: graph.treatments, quads, turtleBytes, millis, throughput }, engines: results, agreement, queries: figures, geomean, loadAverage: loadavg()[0]! };
  }

  async function saveReport(): Promise<void> {
    report.finishedAt = new Date().toISOString();
    report.wallMs = Date.now() - processStart;
    report.machine.loadAverage.end = loadavg()[0]!;
    report.targets = checkTargets(report);
    report.disagreements = countDisagreements(report.scales);
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, `${stem}.json`), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(join(outDir, `${stem}.md`), renderReportMarkdown(report));
    await writeFile(join(outDir, `${stem}.svg`), renderLatencyChart(report));
  }
}

/** A lookup of one treatment by its exact title, and the canned aggregate (treatments per register). */
function chooseHttpCases(title: string, queries: readonly BenchQuery[]): HttpCase[] {
  const lookup = `PREFIX dct: <http://purl.org/dc/terms/>\nSELECT ?treatment ?register WHERE { ?treatment dct:title ${JSON.stringify(title)}@fr ; dct:isPartOf ?register . }`;
  const aggregate =
    queries.find((q) => q.name === 'treatments-per-register')?.text ??
    'PREFIX dpv: <https://w3id.org/dpv#>\nPREFIX dct: <http://purl.org/dc/terms/>\nSELECT ?register (COUNT(?t) AS ?treatments) WHERE { ?register a dpv:ROPA ; dct:hasPart ?t } GROUP BY ?register';
  return [
    { name: 'lookup', query: lookup },
    { name: 'aggregate', query: aggregate },
  ];
}

function log(line: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
}

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

function fmt(n: number): string {
  return n.toLocaleString('en');
}

function parseIntegers(value: string): number[] {
  const list = value.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  if (list.some((n) => !Number.isInteger(n) || n < 1)) throw new InvalidArgumentError('expected positive integers, e.g. 1000,10000');
  return list;
}

function parseEngines(value: string): EngineName[] {
  const list = value.split(',').map((s) => s.trim());
  const wrong = list.filter((e) => !(ENGINE_NAMES as readonly string[]).includes(e));
  if (wrong.length > 0) throw new InvalidArgumentError(`unknown engine(s) ${wrong.join(', ')}; expected ${Object.keys(ENGINE_LABELS).join(', ')}`);
  return list as EngineName[];
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}
