// `npm run bench:cli`: median start-up of `ropa --help` (and each command's --help) against a bare `node -e 0`.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config/project-paths.ts';

/** The house issue's target: `ropa --help` within 8× a bare Node start. */
const TARGET_RATIO = 8;
const RUNS = Number(process.env.RUNS ?? 21);
const BIN = join(PROJECT_ROOT, 'bin', 'ropa.js');

function medianMillis(args: readonly string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const bare = medianMillis(['-e', '0']);
const rows: [string, number][] = [['ropa --help', medianMillis([BIN, '--help'])]];
for (const command of ['build', 'serve', 'query', 'check', 'diff', 'export', 'report', 'publish']) rows.push([`ropa ${command} --help`, medianMillis([BIN, command, '--help'])]);

console.log(`node -e 0: ${bare.toFixed(0)} ms (median of ${RUNS})`);
for (const [label, ms] of rows) console.log(`${label}: ${ms.toFixed(0)} ms, ${(ms / bare).toFixed(1)}× node -e 0`);
const ratio = rows[0]![1] / bare;
console.log(`target ropa --help ≤ ${TARGET_RATIO}× node -e 0: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'} (${ratio.toFixed(1)}×)`);
process.exitCode = ratio <= TARGET_RATIO ? 0 : 1;
