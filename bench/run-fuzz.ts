// `npm run fuzz -- --runs 10000`: mutated registers of every format through the real build; exits 1 on any crash or hang.
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config/project-paths.ts';
import { runFuzzCampaign, type FuzzCounts } from './lib/run-fuzz-campaign.ts';
import { FUZZ_REGRESSIONS } from './lib/fuzz-regressions.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '19' },
    factor: { type: 'string', default: '50' },
    floor: { type: 'string', default: '10000' },
    findings: { type: 'string', default: join(PROJECT_ROOT, 'bench', 'work', 'fuzz-findings') },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`npm run fuzz -- [--runs N] [--seed S] [--factor F] [--floor MS] [--findings DIR]
  N mutations (default 10000) of small registers of every format the build reads (text layouts, PDF, xlsx, xls,
  ods, csv, tsv), each built by runBuild in a child process into a temporary folder. A run over F × its unmutated
  input's build time (scaled by its size) + MS is a hang. Inputs of crashes, hangs and bad refusals go to DIR.`);
  process.exit(0);
}

const runs = Number(values.runs);
const seed = Number(values.seed);
const line = (c: FuzzCounts) => `runs ${c.runs}, successes ${c.successes}, rejections ${c.rejections}, crashes ${c.crashes}, hangs ${c.hangs}, bad rejections ${c.badRejections}, half-written ${c.halfWritten}`;
const started = performance.now();
const report = await runFuzzCampaign({
  runs,
  seed,
  budgetFactor: Number(values.factor),
  floorMs: Number(values.floor),
  findingsDir: values.findings,
  regressions: FUZZ_REGRESSIONS,
  onProgress: (done, counts) => {
    if (done % (process.env.FUZZ_EVERY ? Number(process.env.FUZZ_EVERY) : 500) === 0 || done === runs) console.error(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${line(counts)}`);
  },
});

console.log(`seed ${report.seed}: ${line(report.counts)} (${(report.elapsedMs / 60_000).toFixed(1)} min)`);
console.log('\ninputs of earlier findings:');
for (const r of report.regressions) console.log(`  ${r.outcome}: ${r.label}: ${r.message.slice(0, 200)}`);
console.log('\nunmutated inputs (warm build; budgets are relative to these):');
for (const b of report.baselines) console.log(`  ${b.name}: ${b.ms.toFixed(0)} ms, ${b.outcome}`);
console.log('\nby format:');
for (const [format, counts] of report.byFormat) console.log(`  ${format}: ${line(counts)}`);
console.log(`\nslowest run against its budget: ${report.slowest.seed}, ${(report.slowest.ms / 1000).toFixed(2)} s of ${(report.slowest.budgetMs / 1000).toFixed(1)} s`);
console.log('\nmost frequent refusals:');
for (const [reason, n] of [...report.reasons].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${n} × ${reason}`);
if (report.findings.length > 0) {
  console.log(`\nfindings (inputs kept in ${values.findings}):`);
  for (const f of report.findings.slice(0, 50)) console.log(`  run ${f.run} ${f.outcome} ${f.seed} [${f.mutations.map((m) => m.kind).join(', ')}] ${(f.ms / 1000).toFixed(1)} s: ${f.message.slice(0, 400)}`);
}
const regressed = report.regressions.filter((r) => r.outcome !== 'success' && r.outcome !== 'rejection').length;
const failed = regressed + report.counts.crashes + report.counts.hangs + report.counts.badRejections + report.counts.halfWritten;
process.exit(failed > 0 ? 1 : 0);
