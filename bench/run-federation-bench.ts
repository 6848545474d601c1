// Federated versus single-graph latency of the cross-register canned queries, on loopback instances.
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

const BASE = 'http://ropa.bench/';
const QUERIES = ['systems-shared-across-registers', 'treatments-per-controller', 'treatments-per-register', 'systems-shared-across-ministries'];
const MS = ['000_49a1ce6041cf4ed6.txt', '001_16106fe6b7c9f12d.txt', '002_f61adf4d39622cae.txt', '003_60ea04d657be5b10.txt'].map((f) => join(DEFAULT_REGISTERS_DIR, f));
const DTNUM = [join(DEFAULT_REGISTERS_DIR, '004_72dad74edd3dbafe.txt')];

interface Instance {
  url: string;
  close(): Promise<void>;
}

/** One real instance (build, store, engine, app) on a loopback port; all share one base IRI. */
async function startInstance(registers: string[], federate: string[] = []): Promise<Instance> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const graphDir = join(await mkdtemp(join(tmpdir(), 'ropa-fed-bench-')), 'graph');
  await runBuild(registers, { out: graphDir, base: BASE, quiet: true });
  const config = resolveServerConfig({ port, baseIri: BASE, graphDir, rateLimitPerMinute: 10_000_000, federate }, {});
  const deps = await openAppDeps(config, () => undefined);
  server.on('request', createApp(deps));
  return {
    url: `http://127.0.0.1:${port}/`,
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

const program = new Command('bench:federation')
  .description('Latency of the cross-register canned queries: one single-graph instance vs a federating instance over two ministry instances (loopback)')
  .option('--runs <n>', 'warm runs per query and setup', '7')
  .option('--out <dir>', 'where to write <date>-federation.json and .md', join(PROJECT_ROOT, 'bench', 'results'))
  .action(async (opts: { runs: string; out: string }) => {
    const runs = Number(opts.runs);
    if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${opts.runs}`);
    process.stderr.write('starting the single-graph instance and the two ministry instances…\n');
    const [single, ministry, dtnum] = await Promise.all([startInstance([...MS, ...DTNUM]), startInstance(MS), startInstance(DTNUM)]);
    const federator = await startInstance([], [`${ministry.url}sparql`, `${dtnum.url}sparql`]);
    const texts = Object.fromEntries(
      await Promise.all(QUERIES.map(async (name) => [name, await (await fetch(`${single.url}queries/${name}.rq`)).text()] as const)),
    );
    const rows: { query: string; singleMs: number; federatedMs: number; ratio: number; singleRows: number; federatedRows: number }[] = [];
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
        rows.push({ query: name, singleMs: s.ms, federatedMs: f.ms, ratio: f.ms / s.ms, singleRows: s.rows, federatedRows: f.rows });
      }
    } finally {
      await Promise.all([federator, single, ministry, dtnum].map((i) => i.close()));
    }
    const date = new Date().toISOString().slice(0, 10);
    const machine = `${cpus().length} cores, Node ${process.version}`;
    const table = [
      `# Federated vs single-graph latency, ${date}`,
      '',
      `${machine}; ${runs} warm runs per query (median), HTTP POST on loopback; federating instance over two instances (Ministères sociaux 000–003, DTNUM 004).`,
      '',
      '| query | rows (single / federated) | single-graph ms | federated ms | federated ÷ single |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...rows.map((r) =>
        Number.isNaN(r.federatedMs)
          ? `| \`${r.query}\` | ${r.singleRows} / – | ${r.singleMs.toFixed(1)} | timeout (30 s) | – |`
          : `| \`${r.query}\` | ${r.singleRows} / ${r.federatedRows} | ${r.singleMs.toFixed(1)} | ${r.federatedMs.toFixed(1)} | ${r.ratio.toFixed(1)}× |`,
      ),
      '',
    ].join('\n');
    await mkdir(opts.out, { recursive: true });
    await writeFile(join(opts.out, `${date}-federation.json`), `${JSON.stringify({ date, machine, runs, rows }, null, 2)}\n`);
    await writeFile(join(opts.out, `${date}-federation.md`), table);
    console.log(table);
    const mismatched = rows.filter((r) => r.federatedRows >= 0 && r.singleRows !== r.federatedRows);
    if (mismatched.length > 0) {
      console.error(`row counts differ for: ${mismatched.map((r) => r.query).join(', ')}`);
      process.exitCode = 1;
    }
  });

await program.parseAsync(process.argv);
