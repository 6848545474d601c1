// Live-federated and mirrored versus single-graph latency of the cross-register canned queries, on loopback instances, and the mirror's freshness.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { runBuild } from '../src/cli/build-command.ts';
import { DEFAULT_REGISTERS_DIR, PROJECT_ROOT } from '../src/config/project-paths.ts';
import { resolveServerConfig } from '../src/config/server-config.ts';
import { openAppDeps } from '../src/http/open-app-deps.ts';
import { createApp } from '../src/http/create-app.ts';
import type { AppDeps } from '../src/http/app-deps.ts';

const BASE = 'http://ropa.bench/';
const QUERIES = ['systems-shared-across-registers', 'treatments-per-controller', 'treatments-per-register', 'systems-shared-across-ministries'];
const MS = ['000_49a1ce6041cf4ed6.txt', '001_16106fe6b7c9f12d.txt', '002_f61adf4d39622cae.txt', '003_60ea04d657be5b10.txt'].map((f) => join(DEFAULT_REGISTERS_DIR, f));
const DTNUM = [join(DEFAULT_REGISTERS_DIR, '004_72dad74edd3dbafe.txt')];
/** The register the DTNUM instance is rebuilt with, to measure how soon a mirror serves a source's rebuild. */
const ADDED = join(DEFAULT_REGISTERS_DIR, 'eu-edps_record-57_corporate-credit-card_pdftotext-layout_en.txt');

interface Instance {
  url: string;
  graphDir: string;
  deps: AppDeps;
  close(): Promise<void>;
}

/** One real instance (build, store, engine, app) on a loopback port; all share one base IRI. */
async function startInstance(registers: string[], federate: string[] = [], mirror: { urls: string[]; refreshSeconds: number } = { urls: [], refreshSeconds: 300 }): Promise<Instance> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const graphDir = join(await mkdtemp(join(tmpdir(), 'ropa-fed-bench-')), 'graph');
  await runBuild(registers, { out: graphDir, base: BASE, quiet: true });
  const config = resolveServerConfig({ port, baseIri: BASE, graphDir, rateLimitPerMinute: 10_000_000, federate, mirror: mirror.urls, mirrorRefreshSeconds: mirror.refreshSeconds }, {});
  const deps = await openAppDeps(config, () => undefined);
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

async function time(url: string, query: string): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  const res = await fetch(`${url}sparql`, { method: 'POST', headers: { 'content-type': 'application/sparql-query', accept: 'application/sparql-results+json' }, body: query });
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}: ${(await res.text()).trim()}`);
  const json = (await res.json()) as { results: { bindings: unknown[] } };
  return { ms: performance.now() - started, rows: json.results.bindings.length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Polls until the mirror's treatments-per-register has `rows` rows; the seconds it took. */
async function waitForRows(url: string, query: string, rows: number, since: number): Promise<number> {
  for (;;) {
    if ((await time(url, query)).rows === rows) return (performance.now() - since) / 1000;
    if (performance.now() - since > 120_000) throw new Error(`${url} did not serve the rebuilt source within 120 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Row {
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

/** Seconds between two scheduled refreshes of the mirror whose freshness is measured. */
const REFRESH_SECONDS = 10;

const program = new Command('bench:federation')
  .description('Latency of the cross-register canned queries: one single-graph instance vs a live-federating and a mirroring instance over two ministry instances (loopback); and the mirror\'s freshness')
  .option('--runs <n>', 'warm runs per query and setup', '7')
  .option('--out <dir>', 'where to write <date>-federation.json and .md', join(PROJECT_ROOT, 'bench', 'results'))
  .action(async (opts: { runs: string; out: string }) => {
    const runs = Number(opts.runs);
    if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${opts.runs}`);
    process.stderr.write('starting the single-graph instance and the two ministry instances…\n');
    const [single, ministry, dtnum] = await Promise.all([startInstance([...MS, ...DTNUM]), startInstance(MS), startInstance(DTNUM)]);
    const federator = await startInstance([], [`${ministry.url}sparql`, `${dtnum.url}sparql`]);
    const sources = [ministry.url, dtnum.url];
    // Refreshed by hand while latency is measured; the second one on its schedule, for the freshness.
    const mirror = await startInstance([], [], { urls: sources, refreshSeconds: 86_400 });
    const scheduled = await startInstance([], [], { urls: sources, refreshSeconds: REFRESH_SECONDS });
    const texts = Object.fromEntries(
      await Promise.all(QUERIES.map(async (name) => [name, await (await fetch(`${single.url}queries/${name}.rq`)).text()] as const)),
    );
    const rows: Row[] = [];
    const freshness = { refreshSeconds: REFRESH_SECONDS, unchangedRefreshMs: 0, changedRefreshMs: 0, scheduledSeconds: 0 };
    try {
      for (const name of QUERIES) {
        process.stderr.write(`${name}…\n`);
        const measure = async (url: string) => {
          await time(url, texts[name]!); // cold run, not counted
          const samples: number[] = [];
          let count = 0;
          for (let i = 0; i < runs; i++) {
            const t = await time(url, texts[name]!);
            samples.push(t.ms);
            count = t.rows;
          }
          return { ms: median(samples), rows: count };
        };
        const s = await measure(single.url);
        // A federated query past the endpoint's timeout is a result too: reported, not a crash.
        const f = await measure(federator.url).catch((error: Error) => ({ ms: Number.NaN, rows: -1, error: error.message }));
        const m = await measure(mirror.url);
        rows.push({ query: name, singleMs: s.ms, federatedMs: f.ms, mirroredMs: m.ms, ratio: f.ms / s.ms, mirroredRatio: m.ms / s.ms, singleRows: s.rows, federatedRows: f.rows, mirroredRows: m.rows });
      }
      process.stderr.write('freshness: a refresh with no change, then the DTNUM instance rebuilt with one more register…\n');
      let started = performance.now();
      const unchanged = await mirror.deps.mirror!.refresh('bench');
      freshness.unchangedRefreshMs = performance.now() - started;
      if (unchanged.status !== 'unchanged') throw new Error(`a refresh with no change gave ${unchanged.status}`);
      const perRegister = texts['treatments-per-register']!;
      const before = (await time(mirror.url, perRegister)).rows;
      await runBuild([...DTNUM, ADDED], { out: dtnum.graphDir, base: BASE, quiet: true });
      const rebuilt = await dtnum.deps.live.reload('bench rebuild');
      if (rebuilt.status !== 'switched') throw new Error(`the DTNUM rebuild gave ${rebuilt.status}`);
      const servedSince = performance.now();
      started = performance.now();
      const changed = await mirror.deps.mirror!.refresh('bench');
      freshness.changedRefreshMs = performance.now() - started;
      if (changed.status !== 'switched') throw new Error(`a refresh after a rebuild gave ${changed.status}`);
      freshness.scheduledSeconds = await waitForRows(scheduled.url, perRegister, before + 1, servedSince);
    } finally {
      await Promise.all([federator, mirror, scheduled, single, ministry, dtnum].map((i) => i.close()));
    }
    const date = new Date().toISOString().slice(0, 10);
    const machine = `${cpus().length} cores, Node ${process.version}`;
    const ms = (n: number) => (Number.isNaN(n) ? 'timeout (30 s)' : n.toFixed(1));
    const ratio = (n: number) => (Number.isNaN(n) ? '–' : `${n.toFixed(1)}×`);
    const table = [
      `# Federated (live, mirrored) vs single-graph latency, ${date}`,
      '',
      `${machine}; ${runs} warm runs per query (median), HTTP POST on loopback; federating instances over two instances (Ministères sociaux 000–003, DTNUM 004).`,
      '',
      '| query | rows (single / live / mirrored) | single-graph ms | live ms | live ÷ single | mirrored ms | mirrored ÷ single |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| \`${r.query}\` | ${r.singleRows} / ${r.federatedRows < 0 ? '–' : r.federatedRows} / ${r.mirroredRows} | ${ms(r.singleMs)} | ${ms(r.federatedMs)} | ${ratio(r.ratio)} | ${ms(r.mirroredMs)} | ${ratio(r.mirroredRatio)} |`,
      ),
      '',
      `Mirror refresh with no change (two conditional requests, both 304): ${freshness.unchangedRefreshMs.toFixed(0)} ms. ` +
        `After the DTNUM instance was rebuilt with one more register: a refresh (harvest, load, switch) took ${(freshness.changedRefreshMs / 1000).toFixed(2)} s; ` +
        `a mirror refreshing every ${REFRESH_SECONDS} s served the rebuild ${freshness.scheduledSeconds.toFixed(1)} s after the source did (at most the refresh interval plus a refresh).`,
      '',
    ].join('\n');
    await mkdir(opts.out, { recursive: true });
    await writeFile(join(opts.out, `${date}-federation.json`), `${JSON.stringify({ date, machine, runs, rows, freshness }, null, 2)}\n`);
    await writeFile(join(opts.out, `${date}-federation.md`), table);
    console.log(table);
    const mismatched = rows.filter((r) => (r.federatedRows >= 0 && r.singleRows !== r.federatedRows) || r.singleRows !== r.mirroredRows);
    if (mismatched.length > 0) {
      console.error(`row counts differ for: ${mismatched.map((r) => r.query).join(', ')}`);
      process.exitCode = 1;
    }
  });

await program.parseAsync(process.argv);
