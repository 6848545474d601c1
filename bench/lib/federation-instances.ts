// Loopback instances for bench:federation (single graph, ministries, live-federating and mirroring ones) and their timing.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from '../../src/cli/build-command.ts';
import { resolveServerConfig } from '../../src/config/server-config.ts';
import { openAppDeps } from '../../src/http/open-app-deps.ts';
import { createApp } from '../../src/http/create-app.ts';
import type { AppDeps } from '../../src/http/app-deps.ts';
import type { GraphFile } from '../../src/store/list-graph-files.ts';

export interface Instance {
  url: string;
  graphDir: string;
  deps: AppDeps;
  close(): Promise<void>;
}

export interface InstanceOptions {
  base: string;
  /** Register files built into the instance's graph; or `files`, a graph already written (synthetic scale). */
  registers?: string[];
  files?: GraphFile[];
  federate?: string[];
  mirror?: string[];
  mirrorRefreshSeconds?: number;
  workers?: number;
  /** Where the instance's log lines go (e.g. a mirror's harvests); default nowhere. */
  log?: (line: string) => void;
}

/** One real instance (build, store, engine, app) on a loopback port; all share one base IRI. */
export async function startInstance(options: InstanceOptions): Promise<Instance> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const graphDir = join(await mkdtemp(join(tmpdir(), 'ropa-fed-bench-')), 'graph');
  if (!options.files) await runBuild(options.registers ?? [], { out: graphDir, base: options.base, quiet: true });
  const config = resolveServerConfig(
    {
      port,
      baseIri: options.base,
      graphDir,
      rateLimitPerMinute: 10_000_000,
      federate: options.federate ?? [],
      mirror: options.mirror ?? [],
      mirrorRefreshSeconds: options.mirrorRefreshSeconds ?? 86_400,
      ...(options.workers ? { workers: options.workers } : {}),
    },
    {},
  );
  const deps = await openAppDeps(config, options.log ?? (() => undefined), options.files);
  server.on('request', createApp(deps));
  return {
    url: `http://127.0.0.1:${port}/`,
    graphDir,
    deps,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await deps.store.close();
    },
  };
}

export async function timeQuery(url: string, query: string): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  const res = await fetch(`${url}sparql`, { method: 'POST', headers: { 'content-type': 'application/sparql-query', accept: 'application/sparql-results+json' }, body: query });
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}: ${(await res.text()).trim()}`);
  const json = (await res.json()) as { results: { bindings: unknown[] } };
  return { ms: performance.now() - started, rows: json.results.bindings.length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A cold run (not counted), then `runs` warm ones; a setup whose cold run takes over 5 s is timed once more only. */
export async function measureQuery(url: string, query: string, runs: number): Promise<{ ms: number; rows: number }> {
  const cold = await timeQuery(url, query);
  const samples: number[] = [];
  let rows = cold.rows;
  for (let i = 0; i < (cold.ms > 5000 ? 1 : runs); i++) {
    const t = await timeQuery(url, query);
    samples.push(t.ms);
    rows = t.rows;
  }
  return { ms: median(samples), rows };
}

export interface Row {
  query: string;
  singleMs: number;
  federatedMs: number;
  mirroredMs: number;
  ratio: number;
  mirroredRatio: number;
  singleRows: number;
  federatedRows: number;
  mirroredRows: number;
}

/** Each query on the single graph, the live federation and the mirror. A live query past the timeout is reported, not a crash. */
export async function compareSetups(urls: { single: string; live: string; mirrored: string }, texts: Record<string, string>, runs: number, label: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [name, text] of Object.entries(texts)) {
    process.stderr.write(`${label}: ${name}…\n`);
    const s = await measureQuery(urls.single, text, runs);
    const f = await measureQuery(urls.live, text, runs).catch(() => ({ ms: Number.NaN, rows: -1 }));
    const m = await measureQuery(urls.mirrored, text, runs);
    rows.push({ query: name, singleMs: s.ms, federatedMs: f.ms, mirroredMs: m.ms, ratio: f.ms / s.ms, mirroredRatio: m.ms / s.ms, singleRows: s.rows, federatedRows: f.rows, mirroredRows: m.rows });
  }
  return rows;
}

export function renderRows(rows: readonly Row[]): string[] {
  const ms = (n: number) => (Number.isNaN(n) ? 'timeout (30 s)' : n.toFixed(1));
  const ratio = (n: number) => (Number.isNaN(n) ? '–' : `${n.toFixed(1)}×`);
  return [
    '| query | rows (single / live / mirrored) | single-graph ms | live ms | live ÷ single | mirrored ms | mirrored ÷ single |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| \`${r.query}\` | ${r.singleRows} / ${r.federatedRows < 0 ? '–' : r.federatedRows} / ${r.mirroredRows} | ${ms(r.singleMs)} | ${ms(r.federatedMs)} | ${ratio(r.ratio)} | ${ms(r.mirroredMs)} | ${ratio(r.mirroredRatio)} |`,
    ),
  ];
}
