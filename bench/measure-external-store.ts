// `npm run bench:store`: synthetic treatments published to a real Virtuoso, then every canned query through `ropa serve --store` beside the embedded store.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { PROJECT_ROOT } from '../src/config/project-paths.ts';
import { loadRealRegisters } from './lib/load-real-registers.ts';
import { readPeakRssKb } from './lib/read-peak-rss.ts';
import { measureRegisterStats } from './lib/measure-register-stats.ts';
import { writeSyntheticGraph } from './lib/write-synthetic-graph.ts';
import { findFreePort, startVirtuoso } from '../test/support/start-virtuoso.ts';

/** Never resolvable (RFC 6761): the synthetic graph's IRIs point nowhere. */
const BENCH_BASE_IRI = 'http://bench.ropa-graph.invalid/';
const ROPA = join(PROJECT_ROOT, 'bin', 'ropa.js');
/** Targets of issue 22: the store's geometric-mean latency within 3× the embedded one, the ropa process under 500 MB. */
const TARGET_LATENCY_RATIO = 3;
const TARGET_ROPA_RSS_MB = 500;

interface Options {
  treatments: number;
  runs: number;
  out: string;
  work: string;
  seed: string;
  buffers: number;
  embedded: boolean;
  timeout: number;
  union: boolean;
}

interface QueryFigure {
  name: string;
  embeddedMs?: number;
  storeMs?: number;
  embeddedRows?: number;
  storeRows?: number;
  error?: string;
}

const program = new Command('bench:store')
  .description('Publishes synthetic treatments to a real Virtuoso 7 (ropa publish --to), serves them with ropa serve --store, and times every canned query beside the embedded store')
  .option('--treatments <n>', 'synthetic treatments (default 100000)', parsePositive, 100_000)
  .option('--runs <n>', 'warm runs per query and server, after one cold run (default 5)', parsePositive, 5)
  .option('--seed <seed>', 'seed of the generator', 'ropa-bench-1')
  .option('--buffers <n>', 'Virtuoso NumberOfBuffers (8 KiB pages; default 400000, about 3 GiB at most)', parsePositive, 400_000)
  .option('--timeout <ms>', 'per-request timeout of the bench client (default 120000)', parsePositive, 120_000)
  .option('--no-embedded', 'skip the embedded store (no latency ratio then)')
  .option('--no-union', 'serve with the graph list of the manifest on each query instead of --store-union (Virtuoso slows down with each graph listed: hundreds of registers at 100 000 treatments)')
  .option('--out <dir>', 'results folder', join(PROJECT_ROOT, 'bench', 'results'))
  .option('--work <dir>', 'where the synthetic graph is written (removed at the end)', join(PROJECT_ROOT, 'bench', 'work', 'store'))
  .action(async (options: Options) => {
    process.exitCode = await measureExternalStore(options);
  });

await program.parseAsync(process.argv);

async function measureExternalStore(options: Options): Promise<number> {
  const graphDir = join(options.work, 'graph');
  say(`generating ${options.treatments} synthetic treatments into ${graphDir}`);
  const { registers, catalogues } = await loadRealRegisters();
  const graph = await writeSyntheticGraph({ dir: graphDir, treatments: options.treatments, seed: options.seed, stats: measureRegisterStats(registers), catalogues, baseIri: BENCH_BASE_IRI });
  await stampInputsHash(graphDir, `${options.seed}:${options.treatments}`);
  say(`${graph.registers} registers, ${graph.quads} triples, ${(graph.turtleBytes / 2 ** 20).toFixed(0)} MiB of Turtle`);

  const virtuoso = await startVirtuoso({ buffers: options.buffers, startTimeoutMs: 120_000 });
  try {
    say(`publishing to Virtuoso at ${virtuoso.graphStoreUrl}`);
    const published = await runTimed(['publish', '--to', virtuoso.graphStoreUrl, '--graph', graphDir, '--no-build', '--base', BENCH_BASE_IRI, '--graph-param', 'graph-uri', '--quiet'], { ROPA_STORE_USER: virtuoso.user, ROPA_STORE_PASSWORD: virtuoso.password });
    say(`published in ${(published.ms / 1000).toFixed(1)} s, ropa peak ${published.peakMb.toFixed(0)} MB`);

    const storeServer = await startServer(['--store', virtuoso.sparqlUrl, ...(options.union ? ['--store-union'] : [])], options.timeout);
    const figures = new Map<string, QueryFigure>();
    try {
      for (const name of await listCannedQueries(storeServer.url)) figures.set(name, { name, ...(await timeQuery(storeServer.url, name, options, 'store')) });
    } finally {
      storeServer.peakMb = readPeakMb(storeServer.child.pid);
      await stopServer(storeServer.child);
    }
    const virtuosoMb = readPeakMb(virtuoso.pid);

    let embeddedMb: number | undefined;
    let embeddedError: string | undefined;
    if (options.embedded) {
      // The embedded store may not hold this scale (Oxigraph's WebAssembly memory is 4 GiB): the store's figures stay.
      const embedded = await startServer(['--graph', graphDir, '--no-build', '--workers', '1'], options.timeout).catch((error: unknown) => {
        embeddedError = error instanceof Error ? error.message : String(error);
        say(`embedded store: ${embeddedError}`);
        return undefined;
      });
      if (embedded) {
        try {
          for (const figure of figures.values()) Object.assign(figure, await timeQuery(embedded.url, figure.name, options, 'embedded'));
        } finally {
          embeddedMb = readPeakMb(embedded.child.pid);
          await stopServer(embedded.child);
        }
      }
    }
    const report = { date: new Date().toISOString(), union: options.union, embeddedError, treatments: graph.treatments, triples: graph.quads, publishMs: published.ms, publishPeakMb: published.peakMb, storeServerPeakMb: storeServer.peakMb, virtuosoPeakMb: virtuosoMb, embeddedPeakMb: embeddedMb, queries: [...figures.values()] };
    const markdown = renderMarkdown(report);
    await mkdir(options.out, { recursive: true });
    const stem = join(options.out, `${report.date.slice(0, 10)}-store-${options.treatments}`);
    await writeFile(`${stem}.json`, `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(`${stem}.md`, markdown);
    process.stdout.write(markdown);
    say(`written ${stem}.{json,md}`);
    const disagree = report.queries.filter((q) => q.error || (q.embeddedRows !== undefined && q.embeddedRows !== q.storeRows));
    return disagree.length > 0 ? 1 : 0;
  } finally {
    await virtuoso.stop();
    await rm(options.work, { recursive: true, force: true });
  }
}

/** The synthetic manifest has no inputs hash (no real inputs): one from the seed and the size, as publish requires. */
async function stampInputsHash(graphDir: string, identity: string): Promise<void> {
  const path = join(graphDir, 'manifest.json');
  const manifest = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  manifest.inputsHash = createHash('sha256').update(`synthetic:${identity}`).digest('hex');
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** One cold run, then `runs` warm ones; the median of the warm ones, and the row count of the last. */
async function timeQuery(url: string, name: string, options: Options, side: 'store' | 'embedded'): Promise<Partial<QueryFigure>> {
  const times: number[] = [];
  let rows = 0;
  for (let run = 0; run <= options.runs; run++) {
    const started = performance.now();
    const response = await fetch(`${url}queries/${name}`, { headers: { accept: 'application/sparql-results+json' }, signal: AbortSignal.timeout(options.timeout) }).catch((error: unknown) => error as Error);
    if (response instanceof Error || !response.ok) {
      const message = response instanceof Error ? response.message : `${response.status} ${(await response.text()).slice(0, 200)}`;
      say(`${side} ${name}: ${message}`);
      return { error: `${side}: ${message}` };
    }
    const json = (await response.json()) as { results?: { bindings: unknown[] }; boolean?: boolean };
    if (run > 0) times.push(performance.now() - started);
    rows = json.results?.bindings.length ?? 1;
  }
  const ms = median(times);
  say(`${side} ${name}: ${ms.toFixed(1)} ms, ${rows} rows`);
  return side === 'store' ? { storeMs: ms, storeRows: rows } : { embeddedMs: ms, embeddedRows: rows };
}

async function listCannedQueries(url: string): Promise<string[]> {
  const list = (await (await fetch(`${url}queries`)).json()) as { name: string }[];
  return list.map((q) => q.name);
}

interface RunningServer {
  url: string;
  child: ChildProcess;
  peakMb?: number;
}

/** `ropa serve` in its own process on a free port; ready when /health answers. */
async function startServer(args: string[], timeoutMs: number): Promise<RunningServer> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(process.execPath, [ROPA, 'serve', '--port', String(port), '--base', BENCH_BASE_IRI, '--base-url', url, '--no-watch', '--rate-limit', '100000000', '--timeout', String(timeoutMs), ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 30 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`ropa serve ${args.join(' ')} exited with code ${child.exitCode}`);
    if (await fetch(`${url}health`).then((r) => r.ok, () => false)) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGKILL');
  throw new Error(`ropa serve ${args.join(' ')} was not ready within 30 min`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** A command of ours, timed, with its peak resident set from GNU time. */
async function runTimed(args: string[], env: Record<string, string>): Promise<{ ms: number; peakMb: number }> {
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', 'peak-rss-kb=%M', process.execPath, ROPA, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    process.stderr.write(chunk);
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`ropa ${args[0]} exited with code ${code}`);
  const kb = Number(/peak-rss-kb=(\d+)/.exec(stderr)?.[1] ?? 0);
  return { ms, peakMb: kb / 1024 };
}

/** Linux VmHWM of a running process (the peak so far), in MB. */
function readPeakMb(pid: number | undefined): number | undefined {
  const kb = pid ? readPeakRssKb(pid) : Number.NaN;
  return Number.isFinite(kb) ? kb / 1024 : undefined;
}

function renderMarkdown(report: { date: string; union: boolean; embeddedError?: string; treatments: number; triples: number; publishMs: number; publishPeakMb: number; storeServerPeakMb?: number; virtuosoPeakMb?: number; embeddedPeakMb?: number; queries: QueryFigure[] }): string {
  const mb = (n?: number) => (n === undefined ? '–' : `${n.toFixed(0)} MB`);
  const ms = (n?: number) => (n === undefined ? '–' : n.toFixed(1));
  const ratios = report.queries.filter((q) => q.storeMs !== undefined && q.embeddedMs !== undefined).map((q) => Math.max(q.storeMs!, 0.1) / Math.max(q.embeddedMs!, 0.1));
  const geomean = ratios.length > 0 ? Math.exp(ratios.reduce((n, r) => n + Math.log(r), 0) / ratios.length) : undefined;
  const lines = [
    `# External store (Virtuoso 7) at ${report.treatments} treatments — ${report.date}`,
    '',
    `${report.triples} triples; \`ropa serve --store\`${report.union ? ' --store-union' : ' with the graph list on each query'}. \`ropa publish --to\`: ${(report.publishMs / 1000).toFixed(1)} s, ropa peak ${mb(report.publishPeakMb)}.`,
    `Peak memory: \`ropa serve --store\` ${mb(report.storeServerPeakMb)} (target < ${TARGET_ROPA_RSS_MB} MB), Virtuoso ${mb(report.virtuosoPeakMb)}, embedded \`ropa serve\` ${mb(report.embeddedPeakMb)}.`,
    ...(report.embeddedError ? [`The embedded store did not start at this scale: ${report.embeddedError}.`] : []),
    `Canned queries, geometric mean of store ÷ embedded: ${geomean === undefined ? '–' : `${geomean.toFixed(2)}×`} (target ≤ ${TARGET_LATENCY_RATIO}×).`,
    '',
    '| query | embedded ms | --store ms | ratio | rows embedded | rows --store |',
    '|---|---:|---:|---:|---:|---:|',
    ...report.queries.map((q) => `| ${q.name} | ${ms(q.embeddedMs)} | ${ms(q.storeMs)} | ${q.storeMs !== undefined && q.embeddedMs !== undefined ? `${(Math.max(q.storeMs, 0.1) / Math.max(q.embeddedMs, 0.1)).toFixed(2)}×` : '–'} | ${q.embeddedRows ?? '–'} | ${q.storeRows ?? q.error ?? '–'} |`),
    '',
  ];
  return `${lines.join('\n')}\n`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('a positive integer');
  return n;
}

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}
