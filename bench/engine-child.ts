// Child process of the bench: loads one engine, runs the queries it is sent, reports each measure to the parent.
import { getHeapStatistics } from 'node:v8';
import { BenchTimeoutError, type BenchEngine } from './lib/bench-engine.ts';
import { countWarmRuns, type EngineJob, type EngineMessage, type QueryMeasure, type VariantMeasure } from './lib/engine-job.ts';
import type { BenchQuery } from './lib/load-bench-queries.ts';
import { normaliseResult } from './lib/normalise-result.ts';
import { readPeakRssKb } from './lib/read-peak-rss.ts';

const WARM_UP: BenchQuery = { name: 'warm-up', title: 'warm-up', origin: 'bench', form: 'SELECT', text: 'SELECT * WHERE { ?s ?p ?o } LIMIT 1', defaults: {} };

process.once('message', (job: EngineJob) => {
  runJob(job).catch(async (error: unknown) => {
    await send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.exit(1);
  });
});

async function runJob(job: EngineJob): Promise<void> {
  const received = Date.now();
  // The engine's modules are imported before the load is timed, as they were when imported statically.
  const open = await importEngine(job);
  const baselineRssKb = readPeakRssKb();
  const started = performance.now();
  const engine = await open();
  const loadMillis = performance.now() - started;
  const rssAfterLoadKb = readPeakRssKb();
  const warmStarted = performance.now();
  await engine.run(WARM_UP, job.timeoutMs);
  const deadline = job.budgetMs === undefined ? Number.POSITIVE_INFINITY : (job.budgetCountsLoad ? received : Date.now()) + job.budgetMs;
  await send({ type: 'loaded', loadMillis, size: engine.size, baselineRssKb, rssAfterLoadKb, firstQueryMs: performance.now() - warmStarted, heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20) });
  for (const query of job.queries) {
    if (Date.now() > deadline) {
      await send({ type: 'query', measure: { name: query.name, status: 'skipped', error: 'time budget of this engine spent', warmMs: [], variants: {} } });
      continue;
    }
    const measure = await measureQuery(engine, query, job);
    await send({ type: 'query', measure });
    // A query that timed out may still be computing (Comunica) or be reloading its worker (ours): the parent
    // starts a fresh process for the queries left, so that no later figure pays for it.
    // After an error (e.g. a WebAssembly trap, after which our store reloads its worker), or a timeout without restart,
    // wait untimed until the engine answers again, so that the next query is not timed against the reload.
    if (measure.status === 'error' || (measure.status === 'timeout' && !job.restartOnTimeout)) {
      await engine.run(WARM_UP, 60 * 60_000).catch(() => undefined);
    }
    if (measure.status === 'timeout' && job.restartOnTimeout) {
      await send({ type: 'finished', peakRssKb: readPeakRssKb() });
      await flush();
      process.exit(0);
    }
  }
  await send({ type: 'finished', peakRssKb: readPeakRssKb() });
  await engine.close();
  await flush();
  process.exit(0);
}

/**
 * Only the engine under test is imported: Comunica's modules take ~0.6 s to load, which an Oxigraph process (started
 * again after each timeout) does not need, and they would count in its RSS.
 */
async function importEngine(job: EngineJob): Promise<() => Promise<BenchEngine>> {
  if (job.engine === 'ours') {
    const { openOursEngine } = await import('./lib/open-ours-engine.ts');
    return () => openOursEngine({ files: job.files, baseIri: job.baseIri, timeoutMs: job.timeoutMs });
  }
  if (job.engine === 'oxigraph') {
    const { openOxigraphEngine } = await import('./lib/open-oxigraph-engine.ts');
    return () => openOxigraphEngine({ files: job.files });
  }
  const { openNaiveEngine } = await import('./lib/open-naive-engine.ts');
  return () => openNaiveEngine({ files: job.files });
}

async function measureQuery(engine: BenchEngine, query: BenchQuery, job: EngineJob): Promise<QueryMeasure> {
  const measure: QueryMeasure = { name: query.name, status: 'ok', warmMs: [], variants: {} };
  try {
    await send({ type: 'progress', query: query.name, phase: 'cold' });
    let t = performance.now();
    const output = await engine.run(query, job.timeoutMs);
    measure.coldMs = performance.now() - t;
    const normalised = normaliseResult(output.body, output.mediaType, query.text);
    measure.count = normalised.count;
    measure.digest = normalised.digest;
    measure.strictDigest = normalised.strictDigest;
    if (normalised.lines.length <= job.keepLines) measure.lines = normalised.lines;
    const runs = countWarmRuns(job.warm, measure.coldMs);
    for (let i = 0; i < runs; i++) {
      await send({ type: 'progress', query: query.name, phase: `warm ${i + 1}/${runs}` });
      t = performance.now();
      await engine.run(query, job.timeoutMs);
      measure.warmMs.push(performance.now() - t);
    }
    // Variants are skipped altogether when no warm run of them is wanted (--quick).
    for (const [name, variant] of job.variantRuns > 0 ? Object.entries(engine.variants) : []) {
      measure.variants[name] = await measureVariant(name, () => variant(query, job.timeoutMs), query.name, Math.min(runs, job.variantRuns));
    }
  } catch (error) {
    measure.status = error instanceof BenchTimeoutError ? 'timeout' : 'error';
    measure.error = error instanceof Error ? error.message : String(error);
  }
  return measure;
}

async function measureVariant(name: string, run: () => Promise<number>, query: string, runs: number): Promise<VariantMeasure> {
  const result: VariantMeasure = { status: 'ok', warmMs: [] };
  try {
    await send({ type: 'progress', query, phase: `${name} cold` });
    let t = performance.now();
    await run();
    result.coldMs = performance.now() - t;
    for (let i = 0; i < runs; i++) {
      await send({ type: 'progress', query, phase: `${name} warm ${i + 1}/${runs}` });
      t = performance.now();
      await run();
      result.warmMs.push(performance.now() - t);
    }
  } catch (error) {
    result.status = error instanceof BenchTimeoutError ? 'timeout' : 'error';
    result.error = error instanceof Error ? error.message : String(error);
  }
  return result;
}

/**
 * Resolves once the message has left: a synchronous engine (Oxigraph) would otherwise hold every queued message until
 * its whole series of runs is over, and the parent's watchdog would take the silence for a hung query.
 */
function send(message: EngineMessage): Promise<void> {
  return new Promise((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()));
}

/** Lets queued IPC messages leave before the process exits. */
function flush(): Promise<void> {
  return send({ type: 'progress', query: '', phase: 'exit' });
}
