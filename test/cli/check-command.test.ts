// The `ropa check` command as a user runs it: report, SHACL file, exit codes with and without --strict, bad options.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/checks/check-report.ts';
import { rdf, sh } from '../../src/vocab/namespaces.ts';
import { runRopa as ropa } from '../support/run-ropa.ts';



describe('ropa check', () => {
  let dir: string;
  let graph: string;
  let first: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ropa-check-'));
    graph = join(dir, 'graph');
    // No graph yet in this folder: the command builds it first.
    first = await ropa('check', '--graph', graph, '--as-of', '2026-11-22', '--report', join(dir, 'out', 'report.ttl'));
  });

  it('builds the missing graph, prints the report by register and severity, and exits 0 despite violations', async () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/building the graph/);
    expect(first.stdout).toMatch(/date de référence 2026-11-22/);
    expect(first.stdout).toMatch(/Registre de la Division Des Cabinets \(DDC\) \[000_49a1ce6041cf4ed6\.txt\]/);
    expect(first.stdout).toMatch(/Violations \(\d+\)[\s\S]*Avertissements \(\d+\)/);
    expect(first.stdout).toMatch(/Conservation sans limitation de durée \[unlimited-retention\][\s\S]*Chartes NOEMI et SPAN/);
    expect(first.stdout).toMatch(/Par contrôle/);
    // Not a terminal: no colours.
    expect(first.stdout).not.toContain('\u001b[');
    expect(await readdir(graph)).toContain('manifest.json');
  });

  it('writes the SHACL validation report in Turtle, atomically (no temporary file left)', async () => {
    const turtle = await readFile(join(dir, 'out', 'report.ttl'), 'utf8');
    const quads = new Parser({ format: 'text/turtle' }).parse(turtle);
    expect(quads.some((q) => q.predicate.equals(rdf.type) && q.object.equals(sh.ValidationReport))).toBe(true);
    expect(quads.filter((q) => q.predicate.equals(sh.result)).length).toBeGreaterThan(0);
    expect(turtle).toMatch(/2026-11-22/);
    expect(await readdir(join(dir, 'out'))).toEqual(['report.ttl']);
    expect(first.stderr).toContain(join(dir, 'out', 'report.ttl'));
  });

  it('prints the typed report with --format json, as many results as the SHACL report', async () => {
    const report = join(dir, 'json-report.ttl');
    const result = await ropa('check', '--graph', graph, '--as-of', '2026-11-22', '--format', 'json', '--report', report);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/building the graph/);
    const parsed = JSON.parse(result.stdout) as CheckReport;
    expect(parsed.asOf).toBe('2026-11-22');
    expect(parsed.counts.violation).toBeGreaterThan(0);
    expect(parsed.checks.find((c) => c.id === 'unlimited-retention')?.count).toBe(2);
    const quads = new Parser({ format: 'text/turtle' }).parse(await readFile(report, 'utf8'));
    expect(quads.filter((q) => q.predicate.equals(sh.result)).length).toBe(parsed.counts.total);
  });

  it('exits 1 with --strict when there are violations', async () => {
    const result = await ropa('check', '--graph', graph, '--strict', '--as-of', '2026-11-22', '--report', join(dir, 'strict.ttl'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--strict: \d+ violation/);
    expect(result.stdout).toMatch(/Par contrôle/);
  });

  it.concurrent.each([
    [['--as-of', '2026-02-30'], /invalid date "2026-02-30" \(--as-of\): no such day/],
    [['--as-of', '22/11/2026'], /invalid date "22\/11\/2026" \(--as-of\): expected a date written YYYY-MM-DD/],
    [['--format', 'xml'], /unknown format "xml" \(--format\); use one of: text, json/],
  ])('refuses %j with exit 2 and a clear message, before building or writing anything', async (args, message) => {
    const report = join(dir, 'refused.ttl');
    const result = await ropa('check', '--graph', join(dir, 'never-built'), '--report', report, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(await readdir(dir)).not.toContain('never-built');
    expect(await readdir(dir)).not.toContain('refused.ttl');
  });

  it.concurrent('rejects an unknown option with commander’s message', async () => {
    const result = await ropa('check', '--bogus');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/unknown option '--bogus'/);
  });

  it.concurrent('documents every option and the exit codes in --help', async () => {
    const result = await ropa('check', '--help');
    expect(result.code).toBe(0);
    for (const option of ['--strict', '--as-of', '--report', '--format', '--graph', '--registers', '--base', '--no-build', 'Exit codes']) {
      expect(result.stdout).toContain(option);
    }
  });
});
