// 500 mutated registers of every format the build reads (fixed seed): each builds or is refused in one line, none crashes or hangs.
import { beforeAll, describe, expect, it } from 'vitest';
import { FUZZ_REGRESSIONS } from '../../bench/lib/fuzz-regressions.ts';
import { runFuzzCampaign, type FuzzReport } from '../../bench/lib/run-fuzz-campaign.ts';

/** The 10 000-mutation run is `npm run fuzz` (BENCHMARKS.md); this subset keeps the same seed. */
const RUNS = 500;
const SEED = 19;

let report: FuzzReport;
beforeAll(async () => {
  // A hang is a build over 50× its unmutated input's own build time (scaled by size) plus 10 s: relative, never a fixed bound alone.
  report = await runFuzzCampaign({ runs: RUNS, seed: SEED, regressions: FUZZ_REGRESSIONS });
}, 900_000);

const describeFinding = (f: FuzzReport['findings'][number]) => `run ${f.run} ${f.seed} ${JSON.stringify(f.mutations).slice(0, 300)}: ${f.message}`;

describe(`the build on ${RUNS} mutated inputs (seed ${SEED})`, () => {
  it('ran every mutation, on every format', () => {
    expect(report.counts.runs).toBe(RUNS);
    for (const [format, counts] of report.byFormat) expect(counts.runs, format).toBeGreaterThanOrEqual(Math.floor(RUNS / report.byFormat.size));
    // Mutations that keep a register readable exist for every format but the password-protected ones.
    const built = [...report.byFormat].filter(([, counts]) => counts.successes > 0).map(([format]) => format);
    expect(built.length).toBeGreaterThanOrEqual(report.byFormat.size - 3);
  });

  it('never crashes: every failure is a typed refusal', () => {
    expect(report.findings.filter((f) => f.outcome === 'crash').map(describeFinding)).toEqual([]);
  });

  it('never hangs', () => {
    expect(report.findings.filter((f) => f.outcome === 'hang').map(describeFinding)).toEqual([]);
  });

  it('refuses in one line that names the file', () => {
    expect(report.findings.filter((f) => f.outcome === 'bad-rejection').map(describeFinding)).toEqual([]);
    expect(report.counts.rejections).toBeGreaterThan(0);
  });

  it('leaves the output folder complete, or as it was', () => {
    expect(report.findings.filter((f) => f.outcome === 'half-written').map(describeFinding)).toEqual([]);
  });

  it.each(FUZZ_REGRESSIONS.map((r) => [r.label]))('builds or refuses in one line %s', (label) => {
    const result = report.regressions.find((r) => r.label === label)!;
    expect(['success', 'rejection'], result.message).toContain(result.outcome);
  });
});
