// Runs one engine at one scale in its own child process (so peak RSS is the engine's), with a watchdog.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../../src/config/project-paths.ts';
import type { EngineName } from './bench-engine.ts';
import type { EngineJob, EngineMessage, QueryMeasure } from './engine-job.ts';

const CHILD_SCRIPT = fileURLToPath(new URL('../engine-child.ts', import.meta.url));

export interface EngineScaleResult {
  engine: EngineName;
  status: 'ok' | 'failed';
  error?: string;
  loadMillis?: number;
  /** Quads in the store once loaded. */
  size?: number;
  /** Peak RSS (kB) before loading, after loading, and over the whole run (largest of all processes when restarted). */
  baselineRssKb?: number;
  rssAfterLoadKb?: number;
  peakRssKb?: number;
  /** The first query of a fresh engine (a one-row SELECT), which pays for the engine's own start-up. */
  firstQueryMs?: number;
  /** The V8 heap limit the process really had (MiB), which `--heap` sets. */
  heapLimitMb?: number;
  /** Fresh processes started after a query overran (each reloads the graph). */
  restarts: number;
  queries: QueryMeasure[];
}

export interface RunEngineOptions {
  /** Longest a load may take before the process is killed. */
  loadTimeoutMs: number;
  /** Extra time over the job's query timeout before the watchdog kills a silent process. */
  graceMs?: number;
  maxRestarts?: number;
  /** V8 heap limit of the child, in MiB (the naive engine holds the whole graph as JS objects); default 12 GiB of 24. */
  maxOldSpaceMb?: number;
  onMessage?: (message: EngineMessage) => void;
}

export async function runEngineProcess(job: EngineJob, options: RunEngineOptions): Promise<EngineScaleResult> {
  const result: EngineScaleResult = { engine: job.engine, status: 'ok', restarts: 0, queries: [] };
  let remaining = [...job.queries];
  const graceMs = options.graceMs ?? 20_000;
  const maxRestarts = options.maxRestarts ?? 3;
  // The budget covers everything after the first load: queries, timeouts, and the reloads of fresh processes.
  let spentMs = 0;
  for (;;) {
    const fresh = result.restarts > 0;
    const outcome = await runOnce({ ...job, queries: remaining, ...(job.budgetMs !== undefined ? { budgetMs: job.budgetMs - spentMs, budgetCountsLoad: fresh } : {}) });
    spentMs += fresh ? outcome.wallMillis : outcome.queryMillis;
    if (outcome.loaded && result.loadMillis === undefined) {
      Object.assign(result, {
        loadMillis: outcome.loaded.loadMillis,
        size: outcome.loaded.size,
        baselineRssKb: outcome.loaded.baselineRssKb,
        rssAfterLoadKb: outcome.loaded.rssAfterLoadKb,
        firstQueryMs: outcome.loaded.firstQueryMs,
        heapLimitMb: outcome.loaded.heapLimitMb,
      });
    }
    if (outcome.peakRssKb !== undefined) result.peakRssKb = Math.max(result.peakRssKb ?? 0, outcome.peakRssKb);
    result.queries.push(...outcome.measures);
    const done = new Set(outcome.measures.map((m) => m.name));
    remaining = remaining.filter((q) => !done.has(q.name));
    if (outcome.hung) {
      const killed = outcome.killed === true;
      const measure: QueryMeasure = {
        name: outcome.hung,
        status: killed ? 'timeout' : 'error',
        error: killed ? `no answer within ${job.timeoutMs + graceMs} ms: process killed` : (outcome.error ?? 'the engine process ended'),
        warmMs: [],
        variants: {},
      };
      result.queries.push(measure);
      options.onMessage?.({ type: 'query', measure });
      remaining = remaining.filter((q) => q.name !== outcome.hung);
    }
    if (!outcome.loaded) {
      // Never got as far as the queries (e.g. out of memory while loading): nothing more to try.
      result.status = 'failed';
      result.error = outcome.error ?? 'the engine process ended before loading the graph';
      break;
    }
    if (remaining.length === 0) break;
    // No fresh process when reloading the graph alone would spend what is left of the budget.
    const late = job.budgetMs !== undefined && spentMs + (result.loadMillis ?? 0) >= job.budgetMs;
    if (result.restarts >= maxRestarts || late) {
      const why = late ? 'time budget of this engine spent' : `${maxRestarts} restarts already`;
      for (const q of remaining) {
        const measure: QueryMeasure = { name: q.name, status: 'skipped', error: why, warmMs: [], variants: {} };
        result.queries.push(measure);
        options.onMessage?.({ type: 'query', measure });
      }
      break;
    }
    result.restarts++;
  }
  // Keep the job's query order whatever the restarts did.
  const order = new Map(job.queries.map((q, i) => [q.name, i]));
  result.queries.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
  return result;

  function runOnce(part: EngineJob): Promise<{ loaded?: Extract<EngineMessage, { type: 'loaded' }>; queryMillis: number; wallMillis: number; measures: QueryMeasure[]; peakRssKb?: number; hung?: string; killed?: boolean; error?: string }> {
    return new Promise((resolve) => {
      const measures: QueryMeasure[] = [];
      let loaded: Extract<EngineMessage, { type: 'loaded' }> | undefined;
      let peakRssKb: number | undefined;
      let current: string | undefined;
      let hung: string | undefined;
      let error: string | undefined;
      let killed = false;
      let loadedAt: number | undefined;
      const forkedAt = Date.now();
      const child: ChildProcess = fork(CHILD_SCRIPT, [], {
        cwd: PROJECT_ROOT,
        execArgv: ['--import', 'tsx', `--max-old-space-size=${options.maxOldSpaceMb ?? 12_288}`],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        serialization: 'advanced',
      });
      let timer: NodeJS.Timeout | undefined;
      const arm = (ms: number) => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          killed = true;
          hung = loaded ? current : undefined;
          error = loaded ? undefined : `loading took longer than ${options.loadTimeoutMs} ms: process killed`;
          child.kill('SIGKILL');
        }, ms);
      };
      arm(options.loadTimeoutMs);
      child.on('message', (message: EngineMessage) => {
        options.onMessage?.(message);
        if (message.type === 'loaded') {
          loaded = message;
          loadedAt = Date.now();
        }
        else if (message.type === 'progress' && message.query !== '') current = message.query;
        else if (message.type === 'query') {
          measures.push(message.measure);
          current = undefined;
        } else if (message.type === 'finished') peakRssKb = message.peakRssKb;
        else if (message.type === 'failed') error = message.message;
        if (loaded) arm(part.timeoutMs + graceMs);
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (!loaded && error === undefined) error = `the engine process exited (${signal ?? `code ${code}`}) while loading`;
        // Killed or crashed in the middle of a query: that query is the one that did not finish.
        if (loaded && current !== undefined && hung === undefined && !measures.some((m) => m.name === current)) {
          hung = current;
          error = `the engine process exited (${signal ?? `code ${code}`}) during ${current}`;
        }
        resolve({ ...(loaded ? { loaded } : {}), queryMillis: loadedAt === undefined ? 0 : Date.now() - loadedAt, wallMillis: Date.now() - forkedAt, measures, ...(peakRssKb !== undefined ? { peakRssKb } : {}), ...(hung ? { hung, killed } : {}), ...(error ? { error } : {}) });
      });
      child.send(part);
    });
  }
}
