// End to end: a real bench run (small scale, three engines) exits 1 on a genuine disagreement, and does not count the
// naive engine's known xsd:duration gap as one.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/project-paths.ts';
import type { BenchReport } from '../../bench/lib/bench-report.ts';

const HEAD = (title: string) => `# title: ${title}\n# fr: ${title}\n# en: ${title}\nPREFIX dpv: <https://w3id.org/dpv#>\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n`;

/** Oxigraph orders xsd:duration values, Comunica does not: the naive engine finds no row for either query. */
const QUERIES = {
  // The threshold is typed xsd:duration in the text: a known limitation of the naive engine.
  'dur-threshold': `${HEAD('Durations over a year')}SELECT DISTINCT ?duration WHERE { ?condition dpv:hasDuration/rdf:value ?duration . FILTER(?duration > "P1Y"^^xsd:duration) }\n`,
  // Both sides are durations only in the data: not detectable from the text, so a disagreement like any other.
  'dur-pairs': `${HEAD('Pairs of ordered durations')}SELECT DISTINCT ?a ?b WHERE { ?c dpv:hasDuration/rdf:value ?a . ?d dpv:hasDuration/rdf:value ?b . FILTER(?a > ?b) }\n`,
};

describe('npm run bench: exit code', () => {
  let dir: string;
  let exitCode: number | null;
  let stderr: string;
  let report: BenchReport;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ropa-bench-exit-'));
    await Promise.all(Object.entries(QUERIES).map(([name, text]) => writeFile(join(dir, `${name}.rq`), text)));
    const args = ['--import', 'tsx', 'bench/run-bench.ts', '--scales', '200', '--no-http', '--no-build-bench', '--runs', '1', '--timeout', '30000', '--heap', '3072'];
    args.push('--queries-dir', dir, '--queries', '^dur-', '--out', join(dir, 'results'), '--work', join(dir, 'graphs'));
    ({ exitCode, stderr } = await new Promise<{ exitCode: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, args, { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, err) => {
        resolve({ exitCode: error ? ((error as { code?: number }).code ?? null) : 0, stderr: err });
      });
    }));
    const json = (await readdir(join(dir, 'results'))).find((f) => f.endsWith('.json'));
    report = JSON.parse(await readFile(join(dir, 'results', json!), 'utf8')) as BenchReport;
  }, 240_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('records both queries for all three engines, Oxigraph finding rows', () => {
    const [scale] = report.scales;
    expect(scale?.engines.map((e) => e.engine)).toEqual(['ours', 'oxigraph', 'naive']);
    for (const a of scale!.agreement) {
      expect(a.counts.ours, `${a.query}: ${stderr}`).toBeGreaterThan(0);
      expect(a.counts.oxigraph).toBe(a.counts.ours);
      expect(a.counts.naive).toBe(0);
    }
  });

  it('reports the query with an xsd:duration threshold as naive unsupported, not as a disagreement', () => {
    const agreement = report.scales[0]!.agreement.find((a) => a.query === 'dur-threshold');
    expect(agreement?.verdict).toBe('naive-unsupported');
    expect(agreement?.detail).toMatch(/^xsd:duration ordering/);
  });

  it('exits 1 on the genuine disagreement, counted once', () => {
    expect(report.scales[0]!.agreement.find((a) => a.query === 'dur-pairs')?.verdict).toBe('disagree');
    expect(report.disagreements).toBe(1);
    expect(exitCode, stderr).toBe(1);
    expect(stderr).toMatch(/DISAGREE dur-pairs/);
    expect(stderr).toMatch(/naive unsupported dur-threshold: xsd:duration ordering/);
  });

  it('gives every engine process the heap asked for with --heap', () => {
    expect(report.options.heapMb).toBe(3072);
    // V8 adds its young generation to the old-space limit: the limit is at least what was asked, and well under the 12 GiB default.
    for (const engine of report.scales[0]!.engines) expect(engine.heapLimitMb).toBeGreaterThanOrEqual(3072);
    for (const engine of report.scales[0]!.engines) expect(engine.heapLimitMb).toBeLessThan(4096);
  });

  it('records the wall time and its phases', () => {
    expect(report.wallMs).toBeGreaterThan(0);
    expect(report.phases.map((p) => p.name)).toEqual(['setup', '200 generate', '200 ours', '200 oxigraph', '200 naive']);
  });
});
