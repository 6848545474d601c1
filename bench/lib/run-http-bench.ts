// Load-tests the real app at seed scale with autocannon: latency percentiles and requests/s per query and clients.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../../src/config/project-paths.ts';
import { summariseTimings } from './summarise-timings.ts';

const SERVE_SCRIPT = fileURLToPath(new URL('../serve-child.ts', import.meta.url));

export interface HttpCase {
  name: string;
  query: string;
}

export interface HttpMeasure {
  query: string;
  connections: number;
  durationS: number;
  requests: number;
  requestsPerSecond: number;
  /** Milliseconds, from every response (autocannon reports no p95 of its own). */
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export interface HttpBenchResult {
  url: string;
  workers: number;
  triples: number;
  measures: HttpMeasure[];
}

/** The server runs in its own process, so that the load generator does not share its event loop. */
export async function runHttpBench(options: { cases: readonly HttpCase[]; connections: readonly number[]; durationS: number; log?: (line: string) => void }): Promise<HttpBenchResult> {
  const child = fork(SERVE_SCRIPT, [], { cwd: PROJECT_ROOT, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const ready = await new Promise<{ url: string; workers: number; triples: number }>((resolve, reject) => {
      child.once('message', (m) => resolve(m as { url: string; workers: number; triples: number }));
      child.once('exit', (code) => reject(new Error(`the server process exited (code ${code}) before listening`)));
    });
    const measures: HttpMeasure[] = [];
    for (const c of options.cases) {
      const url = `${ready.url}sparql?query=${encodeURIComponent(c.query)}`;
      // One request first: the first query of an engine pays for its start-up.
      const first = await fetch(url, { headers: { accept: 'application/sparql-results+json' } });
      if (!first.ok) throw new Error(`${c.name}: the server answered ${first.status}: ${(await first.text()).slice(0, 300)}`);
      await first.text();
      for (const connections of options.connections) {
        options.log?.(`http ${c.name} × ${connections} client(s), ${options.durationS} s`);
        measures.push(await loadTest(c.name, url, connections, options.durationS));
      }
    }
    return { ...ready, measures };
  } finally {
    child.send('close');
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve();
      }, 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

async function loadTest(query: string, url: string, connections: number, durationS: number): Promise<HttpMeasure> {
  const latencies: number[] = [];
  const run = autocannon({ url, connections, duration: durationS, headers: { accept: 'application/sparql-results+json' } });
  // The object returned is both the run's event emitter and a promise of its result.
  (run as unknown as NodeJS.EventEmitter).on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await run;
  const timing = summariseTimings(latencies);
  const p99 = [...latencies].sort((a, b) => a - b)[Math.max(0, Math.ceil(0.99 * latencies.length) - 1)] ?? Number.NaN;
  return {
    query,
    connections,
    durationS,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / Math.max(result.duration, 0.001),
    p50: timing?.median ?? Number.NaN,
    p95: timing?.p95 ?? Number.NaN,
    p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
