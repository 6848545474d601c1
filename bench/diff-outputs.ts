// What a graph change does to the analysts' answers: runs every canned query, the checks and the CSV export with two
// checkouts of the project (each on its own data/graph), and writes the differences as Markdown.
//   npx tsx bench/diff-outputs.ts --before /path/to/main --after . [--out bench/results/diff.md] [--as-of 2026-11-30]
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';

const run = promisify(execFile);

interface Outputs {
  queries: Map<string, string[][]>;
  checks: { counts: Map<string, number>; results: Map<string, string> };
  export: Map<string, Record<string, string>>;
}

interface CheckJson {
  checks: { id: string; count: number }[];
  results: { check: string; focusNode: string; message: string; value?: { label: string } }[];
}

async function ropa(root: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [join(root, 'bin', 'ropa.js'), ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** IRIs of the data differ only by nothing here (same base); rows are compared as sets of CSV records. */
async function collect(root: string, asOf: string): Promise<Outputs> {
  const names = (await readdir(join(root, 'queries'))).filter((n) => n.endsWith('.rq')).map((n) => n.replace(/\.rq$/, '')).sort();
  const queries = new Map<string, string[][]>();
  for (const name of names) queries.set(name, parse(await ropa(root, ['query', name, '--format', 'csv', '--no-build']), { relax_column_count: true }) as string[][]);
  const scratch = await mkdtemp(join(tmpdir(), 'ropa-diff-'));
  const checks = JSON.parse(await ropa(root, ['check', '--format', 'json', '--no-build', '--as-of', asOf, '--report', join(scratch, 'report.ttl')])) as CheckJson;
  await ropa(root, ['report', '--format', 'csv', '--no-build', '--out', join(scratch, 'register.csv')]);
  const records = parse(await readFile(join(scratch, 'register.csv'), 'utf8'), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
  return {
    queries,
    checks: {
      counts: new Map(checks.checks.map((c) => [c.id, c.count])),
      results: new Map(checks.results.map((r) => [`${r.check} ${r.focusNode} ${r.value?.label ?? ''}`, r.message])),
    },
    export: new Map(records.map((r) => [r['IRI du traitement'] ?? '', r])),
  };
}

function diffQueries(before: Outputs, after: Outputs): string[] {
  const lines = [
    '## Canned queries (rows, compared as sets)',
    '',
    'A row differs when any of its cells does (a label, a reason); "same treatments" compares the treatments the rows name.',
    '',
    '| query | rows before | rows after | removed | added | same treatments | columns |',
    '|---|---:|---:|---:|---:|---|---|',
  ];
  const treatmentsOf = (t: string[][]) => [...new Set(t.slice(1).flat().filter((c) => /\/treatment\/[^/]+$/.test(c)))].sort().join(' ');
  for (const name of [...new Set([...before.queries.keys(), ...after.queries.keys()])].sort()) {
    const b = before.queries.get(name);
    const a = after.queries.get(name);
    if (!b || !a) {
      lines.push(`| ${name} | ${b ? b.length - 1 : 'new'} | ${a ? a.length - 1 : 'gone'} | | | | |`);
      continue;
    }
    const rows = (t: string[][]) => new Set(t.slice(1).map((r) => JSON.stringify(r)));
    const [rb, ra] = [rows(b), rows(a)];
    const removed = [...rb].filter((r) => !ra.has(r)).length;
    const added = [...ra].filter((r) => !rb.has(r)).length;
    const columns = JSON.stringify(b[0]) === JSON.stringify(a[0]) ? 'same' : `${b[0]?.join(',')} → ${a[0]?.join(',')}`;
    const sameTreatments = treatmentsOf(b) === treatmentsOf(a) ? 'yes' : 'no';
    lines.push(`| ${name} | ${b.length - 1} | ${a.length - 1} | ${removed} | ${added} | ${sameTreatments} | ${columns} |`);
  }
  return lines;
}

function diffChecks(before: Outputs, after: Outputs): string[] {
  const lines = ['## Checks (ropa check)', '', '| check | results before | results after | gone | new | message changed |', '|---|---:|---:|---:|---:|---:|'];
  for (const id of [...new Set([...before.checks.counts.keys(), ...after.checks.counts.keys()])].sort()) {
    const keysOf = (o: Outputs) => [...o.checks.results.keys()].filter((k) => k.startsWith(`${id} `));
    const [kb, ka] = [keysOf(before), keysOf(after)];
    const gone = kb.filter((k) => !after.checks.results.has(k));
    const added = ka.filter((k) => !before.checks.results.has(k));
    const changed = kb.filter((k) => after.checks.results.has(k) && after.checks.results.get(k) !== before.checks.results.get(k));
    lines.push(`| ${id} | ${before.checks.counts.get(id) ?? 0} | ${after.checks.counts.get(id) ?? 0} | ${gone.length} | ${added.length} | ${changed.length} |`);
    for (const k of [...gone.map((g) => `gone: ${g}`), ...added.map((n) => `new: ${n}`)]) lines.push(`|  | ${k.replace(/\|/g, '\\|')} | | | | |`);
  }
  return lines;
}

function diffExport(before: Outputs, after: Outputs): string[] {
  const lines = ['## CSV export (ropa report --format csv): cells changed, by column', '', '| column | cells changed | example (after) |', '|---|---:|---|'];
  const columns = new Set([...before.export.values(), ...after.export.values()].flatMap((r) => Object.keys(r)));
  for (const column of columns) {
    let changed = 0;
    let example = '';
    for (const [iri, b] of before.export) {
      const a = after.export.get(iri);
      if (!a || a[column] === b[column]) continue;
      changed += 1;
      example ||= (a[column] ?? '').replace(/\n/g, ' ⏎ ').replace(/\|/g, '\\|').slice(0, 140);
    }
    if (changed > 0) lines.push(`| ${column} | ${changed} | ${example} |`);
  }
  lines.push('', `Treatments: ${before.export.size} before, ${after.export.size} after.`);
  return lines;
}

const { values } = parseArgs({ options: { before: { type: 'string' }, after: { type: 'string', default: '.' }, out: { type: 'string' }, 'as-of': { type: 'string', default: '2026-11-30' } } });
if (!values.before) {
  process.stderr.write('usage: tsx bench/diff-outputs.ts --before <checkout> [--after <checkout>] [--out file.md] [--as-of YYYY-MM-DD]\n');
  process.exit(2);
}
const [before, after] = await Promise.all([collect(resolve(values.before), values['as-of']), collect(resolve(values.after), values['as-of'])]);
const markdown = [`# Outputs before and after (checks as of ${values['as-of']})`, '', ...diffQueries(before, after), '', ...diffChecks(before, after), '', ...diffExport(before, after), ''].join('\n');
if (values.out) await writeFile(values.out, markdown);
else process.stdout.write(markdown);
