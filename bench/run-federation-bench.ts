// Live-federated and mirrored versus single-graph latency of the cross-register canned queries, on loopback instances, and the mirror's freshness.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { runBuild } from '../src/cli/build-command.ts';
import { DEFAULT_REGISTERS_DIR, PROJECT_ROOT } from '../src/config/project-paths.ts';
import { compareSetups, renderRows, startInstance, timeQuery, type Instance, type Row } from './lib/federation-instances.ts';
import { loadRealRegisters } from './lib/load-real-registers.ts';
import { measureRegisterStats } from './lib/measure-register-stats.ts';
import { writeSyntheticGraph } from './lib/write-synthetic-graph.ts';

const BASE = 'http://ropa.bench/';
const QUERIES = ['systems-shared-across-registers', 'treatments-per-controller', 'treatments-per-register', 'systems-shared-across-ministries'];
const MS = ['000_49a1ce6041cf4ed6.txt', '001_16106fe6b7c9f12d.txt', '002_f61adf4d39622cae.txt', '003_60ea04d657be5b10.txt'].map((f) => join(DEFAULT_REGISTERS_DIR, f));
const DTNUM = [join(DEFAULT_REGISTERS_DIR, '004_72dad74edd3dbafe.txt')];
/** The register the DTNUM instance is rebuilt with, to measure how soon a mirror serves a source's rebuild. */
const ADDED = join(DEFAULT_REGISTERS_DIR, 'eu-edps_record-57_corporate-credit-card_pdftotext-layout_en.txt');
/** Seconds between two scheduled refreshes of the mirror whose freshness is measured. */
const REFRESH_SECONDS = 10;
const MINISTRIES = 10;
const benchStart = performance.now();
/** Progress on stderr, with the seconds since the start: a harvest or a load that takes long shows where. */
const progress = (line: string) => process.stderr.write(`[${((performance.now() - benchStart) / 1000).toFixed(1)} s] ${line}\n`);

interface Freshness {
  refreshSeconds: number;
  unchangedRefreshMs: number;
  changedRefreshMs: number;
  scheduledSeconds: number;
}

/** Polls until `url` answers `query` with `rows` rows; the seconds since `since`. */
async function waitForRows(url: string, query: string, rows: number, since: number): Promise<number> {
  for (;;) {
    if ((await timeQuery(url, query)).rows === rows) return (performance.now() - since) / 1000;
    if (performance.now() - since > 120_000) throw new Error(`${url} did not serve the rebuilt source within 120 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A mirror whose harvest failed would be timed as a live federation: refused. */
function assertMirrored(mirror: Instance): void {
  const live = mirror.deps.mirror!.status().filter((s) => s.mode !== 'mirrored');
  if (live.length > 0) throw new Error(`not mirrored: ${live.map((s) => `${s.url} (${s.reason ?? 'no copy'})`).join('; ')}`);
}

async function loadTexts(url: string): Promise<Record<string, string>> {
  return Object.fromEntries(await Promise.all(QUERIES.map(async (name) => [name, await (await fetch(`${url}queries/${name}.rq`)).text()] as const)));
}

/** Seed scale: the real registers, two ministry instances; then the DTNUM instance rebuilt with one more register. */
async function runSeedScale(runs: number): Promise<{ rows: Row[]; freshness: Freshness }> {
  process.stderr.write('seed scale: starting the single-graph instance and the two ministry instances…\n');
  const [single, ministry, dtnum] = await Promise.all([
    startInstance({ base: BASE, registers: [...MS, ...DTNUM] }),
    startInstance({ base: BASE, registers: MS }),
    startInstance({ base: BASE, registers: DTNUM }),
  ]);
  const sources = [ministry.url, dtnum.url];
  const live = await startInstance({ base: BASE, federate: sources.map((s) => `${s}sparql`) });
  // Refreshed by hand while latency is measured; the second one on its schedule, for the freshness.
  const mirror = await startInstance({ base: BASE, mirror: sources, log: progress });
  assertMirrored(mirror);
  const scheduled = await startInstance({ base: BASE, mirror: sources, mirrorRefreshSeconds: REFRESH_SECONDS });
  const freshness: Freshness = { refreshSeconds: REFRESH_SECONDS, unchangedRefreshMs: 0, changedRefreshMs: 0, scheduledSeconds: 0 };
  try {
    const texts = await loadTexts(single.url);
    const rows = await compareSetups({ single: single.url, live: live.url, mirrored: mirror.url }, texts, runs, 'seed');
    process.stderr.write('seed scale: freshness, a refresh with no change, then the DTNUM instance rebuilt with one more register…\n');
    let started = performance.now();
    const unchanged = await mirror.deps.mirror!.refresh('bench');
    freshness.unchangedRefreshMs = performance.now() - started;
    if (unchanged.status !== 'unchanged') throw new Error(`a refresh with no change gave ${unchanged.status}`);
    const perRegister = texts['treatments-per-register']!;
    const before = (await timeQuery(mirror.url, perRegister)).rows;
    await runBuild([...DTNUM, ADDED], { out: dtnum.graphDir, base: BASE, quiet: true });
    const rebuilt = await dtnum.deps.live.reload('bench rebuild');
    if (rebuilt.status !== 'switched') throw new Error(`the DTNUM rebuild gave ${rebuilt.status}`);
    const servedSince = performance.now();
    started = performance.now();
    const changed = await mirror.deps.mirror!.refresh('bench');
    freshness.changedRefreshMs = performance.now() - started;
    if (changed.status !== 'switched') throw new Error(`a refresh after a rebuild gave ${changed.status}`);
    freshness.scheduledSeconds = await waitForRows(scheduled.url, perRegister, before + 1, servedSince);
    return { rows, freshness };
  } finally {
    await Promise.all([live, mirror, scheduled, single, ministry, dtnum].map((i) => i.close()));
  }
}

/** Synthetic scale: one synthetic graph, its registers dealt out to ten ministry instances (each with the catalogues). */
async function runSyntheticScale(treatments: number, runs: number): Promise<{ rows: Row[]; harvestSeconds: number; unchangedRefreshMs: number; turtleBytes: number }> {
  progress(`synthetic scale: writing ${treatments} treatments…`);
  const { registers, catalogues } = await loadRealRegisters();
  const dir = join(await mkdtemp(join(tmpdir(), 'ropa-fed-synthetic-')), 'graph');
  const graph = await writeSyntheticGraph({ dir, treatments, seed: `federation:${treatments}`, stats: measureRegisterStats(registers), catalogues, baseIri: BASE });
  const isRegister = (f: { graph: string }) => f.graph.startsWith(`${BASE}register/`);
  const shared = graph.files.filter((f) => !isRegister(f));
  const registerFiles = graph.files.filter(isRegister);
  const parts = Array.from({ length: MINISTRIES }, (_, i) => [...shared, ...registerFiles.filter((_f, j) => j % MINISTRIES === i)]);
  progress(`synthetic scale: ${registerFiles.length} registers over ${MINISTRIES} ministry instances…`);
  const single = await startInstance({ base: BASE, files: graph.files });
  const ministries = await Promise.all(parts.map((files) => startInstance({ base: BASE, files, workers: 1 })));
  const sources = ministries.map((m) => m.url);
  progress('synthetic scale: instances started; the live federator, then the mirror…');
  const live = await startInstance({ base: BASE, federate: sources.map((s) => `${s}sparql`) });
  let since = performance.now();
  const mirror = await startInstance({ base: BASE, mirror: sources, log: progress });
  const harvestSeconds = (performance.now() - since) / 1000;
  assertMirrored(mirror);
  try {
    const rows = await compareSetups({ single: single.url, live: live.url, mirrored: mirror.url }, await loadTexts(single.url), runs, 'synthetic');
    since = performance.now();
    await mirror.deps.mirror!.refresh('bench');
    return { rows, harvestSeconds, unchangedRefreshMs: performance.now() - since, turtleBytes: graph.turtleBytes };
  } finally {
    await Promise.all([live, mirror, single, ...ministries].map((i) => i.close()));
  }
}

const program = new Command('bench:federation')
  .description("Latency of the cross-register canned queries: a single-graph instance vs a live-federating and a mirroring instance over ministry instances (loopback); and the mirror's freshness")
  .option('--runs <n>', 'warm runs per query and setup', '7')
  .option('--synthetic <treatments>', `also at a synthetic scale: this many treatments over ${MINISTRIES} ministry instances (0: seed scale only)`, '0')
  .option('--no-seed', 'skip the seed scale (with --synthetic)')
  .option('--out <dir>', 'where to write <date>-federation.json and .md', join(PROJECT_ROOT, 'bench', 'results'))
  .action(async (opts: { runs: string; synthetic: string; seed: boolean; out: string }) => {
    const runs = Number(opts.runs);
    if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${opts.runs}`);
    const syntheticTreatments = Number(opts.synthetic);
    if (!Number.isInteger(syntheticTreatments) || syntheticTreatments < 0) throw new Error(`--synthetic must be a number of treatments, not ${opts.synthetic}`);
    const seed = opts.seed ? await runSeedScale(runs) : undefined;
    const synthetic = syntheticTreatments > 0 ? await runSyntheticScale(syntheticTreatments, runs) : undefined;
    const date = new Date().toISOString().slice(0, 10);
    const machine = `${cpus().length} cores, Node ${process.version}`;
    const table = [
      `# Federated (live, mirrored) vs single-graph latency, ${date}`,
      '',
      `${machine}; ${runs} warm runs per query (median; one when the cold run took over 5 s), HTTP POST on loopback.`,
      '',
      ...(seed
        ? [
            '## Seed scale: two ministry instances (Ministères sociaux 000–003, DTNUM 004)',
            '',
            ...renderRows(seed.rows),
            '',
            `Mirror refresh with no change (one conditional request per source, both 304): ${seed.freshness.unchangedRefreshMs.toFixed(0)} ms. ` +
              `After the DTNUM instance was rebuilt with one more register: a refresh (harvest, load, switch) took ${(seed.freshness.changedRefreshMs / 1000).toFixed(2)} s; ` +
              `a mirror refreshing every ${REFRESH_SECONDS} s served the rebuild ${seed.freshness.scheduledSeconds.toFixed(1)} s after the source did (at most the refresh interval plus a refresh).`,
            '',
          ]
        : []),
      ...(synthetic
        ? [
            `## Synthetic scale: ${syntheticTreatments} treatments over ${MINISTRIES} ministry instances (${(synthetic.turtleBytes / 2 ** 20).toFixed(0)} MiB of Turtle in all)`,
            '',
            ...renderRows(synthetic.rows),
            '',
            `The mirror's first harvest of the ${MINISTRIES} sources and load: ${synthetic.harvestSeconds.toFixed(1)} s; a refresh with no change: ${synthetic.unchangedRefreshMs.toFixed(0)} ms.`,
            '',
          ]
        : []),
    ].join('\n');
    await mkdir(opts.out, { recursive: true });
    await writeFile(join(opts.out, `${date}-federation.json`), `${JSON.stringify({ date, machine, runs, seed, synthetic }, null, 2)}\n`);
    await writeFile(join(opts.out, `${date}-federation.md`), table);
    console.log(table);
    const mismatched = [...(seed?.rows ?? []), ...(synthetic?.rows ?? [])].filter((r) => (r.federatedRows >= 0 && r.singleRows !== r.federatedRows) || r.singleRows !== r.mirroredRows);
    if (mismatched.length > 0) {
      console.error(`row counts differ for: ${mismatched.map((r) => r.query).join(', ')}`);
      process.exitCode = 1;
    }
  });

await program.parseAsync(process.argv);
