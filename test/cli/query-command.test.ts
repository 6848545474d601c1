// The `ropa query` command as a user runs it: the graph built when missing, the three formats, clear refusals.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/project-paths.ts';
import { renderTable } from '../../src/cli/render-table.ts';
import { runRopa as ropa } from '../support/run-ropa.ts';

const BASE = 'http://localhost:3000/';


/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field), records.push(record), (record = []), (field = '');
    } else field += c;
  }
  if (field !== '' || record.length > 0) record.push(field), records.push(record);
  return records;
}

describe('ropa query', () => {
  let graph: string;
  let first: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    graph = join(await mkdtemp(join(tmpdir(), 'ropa-query-')), 'graph');
    // No graph yet: the command builds it first, as `ropa serve` would.
    first = await ropa('query', 'treatments-per-register', '--graph', graph, '--base', BASE);
  });

  it('builds the missing graph, then prints the answer as a table, the row count on stderr', async () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/building the graph/);
    expect(await readdir(graph)).toContain('manifest.json');
    expect(first.stderr).toMatch(/^9 rows$/m);
    const lines = first.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^┌─+┬/);
    expect(lines[1]).toMatch(/^│ register +│ registerTitle +│ treatments │$/);
    expect(lines.at(-1)).toMatch(/^└─+┴/);
    // Data IRIs are shown as paths below the base; every line of the table has the same width.
    expect(first.stdout).toMatch(/│ <register\/000-49a1ce6041cf4ed6> +│ Registre de la Division Des Cabinets \(DDC\) +│ 9 +│/);
    expect(new Set(lines.map((l) => [...l].length)).size).toBe(1);
  });

  // --no-build from here on: the build inputs include the code, which may change while the tests run.
  it('binds --param values typed as the query declares them, and writes CSV with the engine\'s serialiser', async () => {
    const result = await ropa('query', 'treatments-using-system', '--param', 'system=RIO', '--format', 'csv', '--graph', graph, '--base', BASE, '--no-build');
    expect(result.code, result.stderr).toBe(0);
    const [header, ...records] = parseCsv(result.stdout);
    expect(header).toEqual(['title', 'registerTitle', 'via', 'treatment']);
    expect(records).toHaveLength(13);
    expect(records.every((r) => r[3]?.startsWith(`${BASE}register/004-`))).toBe(true);
    expect(records.map((r) => r[0])).toContain('Passage 2');
  });

  it('gives one page with --limit and --offset, and says where the next one starts', async () => {
    const page = await ropa('query', 'legal-basis-per-treatment', '--limit', '5', '--offset', '10', '--format', 'csv', '--graph', graph, '--base', BASE, '--no-build');
    expect(page.code, page.stderr).toBe(0);
    expect(parseCsv(page.stdout).slice(1)).toHaveLength(5);
    expect(page.stderr).toMatch(/^5 rows; the next page: --offset 15$/m);
    const bad = await ropa('query', 'legal-basis-per-treatment', '--limit', 'all', '--graph', graph, '--base', BASE, '--no-build');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--limit must be a whole number from 1, not "all"');
  });

  it('writes SPARQL JSON results with --format json', async () => {
    const result = await ropa('query', 'retention-longer-than', '-p', 'years=10', '-f', 'json', '--graph', graph, '--base', BASE, '--no-build');
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { head: { vars: string[] }; results: { bindings: Record<string, { value: string }>[] } };
    expect(json.head.vars).toEqual(['title', 'registerTitle', 'durations', 'statements', 'treatment']);
    expect(json.results.bindings.map((b) => [b.title?.value, b.durations?.value])).toEqual([['Base séquestre données de vaccination covid-19', '30 ans']]);
  });

  it('lists the queries with their title and parameters, as a table or as JSON', async () => {
    const table = await ropa('query', '--list');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/│ retention-longer-than +│ Conservation au-delà de N ans +│ years \(integer, default 5\) +│/);
    expect(table.stdout).toMatch(/│ treatments-using-system +│ Traitements utilisant un système +│ system \(string, default Office365\) +│/);
    const json = await ropa('query', '--list', '--format', 'json');
    const list = JSON.parse(json.stdout) as { name: string; params: unknown[] }[];
    const files = (await readdir(join(PROJECT_ROOT, 'queries'))).filter((f) => f.endsWith('.rq'));
    expect(list.map((q) => `${q.name}.rq`).sort()).toEqual(files.sort());
  });

  it('exits with 2 and the list of queries for an unknown name, or none', async () => {
    for (const args of [['no-such-query'], []]) {
      const result = await ropa('query', ...args, '--graph', graph, '--base', BASE, '--no-build');
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/the queries are: .*treatments-using-system/);
    }
  });

  it('exits with 2 naming the parameter for a bad value, an unknown name or a malformed --param', async () => {
    const cases = [
      [['retention-longer-than', '--param', 'years=ten'], /invalid value "ten" for parameter "years" \(integer\): expected a whole number/],
      [['treatments-updated-before', '--param', 'date=31/12/2022'], /invalid value "31\/12\/2022" for parameter "date" \(date\)/],
      [['retention-longer-than', '--param', 'year=3'], /unknown parameter "year" for query retention-longer-than; it takes: years/],
      [['retention-longer-than', '--param', 'years'], /malformed parameter "years": expected name=value/],
      [['treatments-per-register', '--format', 'xlsx'], /unknown format "xlsx" \(--format\); use one of: table, csv, json/],
    ] as const;
    const results = await Promise.all(cases.map(([args]) => ropa('query', ...args, '--graph', graph, '--base', BASE, '--no-build')));
    for (const [i, [args, message]] of cases.entries()) {
      expect(results[i]?.code, args.join(' ')).toBe(2);
      expect(results[i]?.stderr, args.join(' ')).toMatch(message);
      expect(results[i]?.stdout).toBe('');
    }
  });

  it('explains itself with --help', async () => {
    const result = await ropa('query', '--help');
    expect(result.code).toBe(0);
    for (const text of ['--param <name=value>', '--format <format>', '--list', '--no-build', 'Exit codes', 'ropa query treatments-using-system --param system=RIO']) {
      expect(result.stdout).toContain(text);
    }
  });
});

describe('renderTable', () => {
  it('shortens long values with "…" to fit the terminal, and keeps every line the same width', () => {
    const out = renderTable(['name', 'text'], [['a', 'x'.repeat(200)], ['é', 'short']], 40);
    const lines = out.trimEnd().split('\n');
    expect(lines.every((l) => [...l].length === 40)).toBe(true);
    expect(out).toContain('…');
    expect(out).toMatch(/│ é +│ short +│/);
  });
});
