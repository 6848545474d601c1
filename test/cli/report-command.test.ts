// The `ropa report` command as a user runs it: CSV, XLSX, a folder of HTML fiches; help; clear refusals with exit code 2.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { runRopa as ropa } from '../support/run-ropa.ts';
import { copySharedGraph } from '../support/shared-graph.ts';

const BASE = 'http://localhost:3000/';
const REGISTER = '004-72dad74edd3dbafe';


describe('ropa report', () => {
  let dir: string;
  let graphDir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ropa-report-'));
    graphDir = join(dir, 'graph');
    // The graph of the run, moved under this test's base: fresh, so the command uses it as it is.
    await copySharedGraph(BASE, graphDir);
    const out = join(dir, 'all.csv');
    const result = await ropa('report', '--format', 'csv', '--out', out, '--graph', graphDir, '--base', BASE);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/building the graph/);
    expect(result.stdout).toContain(`wrote ${out} (1 file, 100 treatments)`);
  });

  it('wrote the CSV of every register: 100 treatments, as the build manifest counts, and no temporary file', async () => {
    const manifest = JSON.parse(await readFile(join(graphDir, 'manifest.json'), 'utf8')) as { registers: { treatments: number }[] };
    const rows = parse(await readFile(join(dir, 'all.csv')), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(manifest.registers.reduce((n, r) => n + r.treatments, 0));
    expect(rows).toHaveLength(100);
    // 004:38 "TRAITEMENT n° 1.1		NIS (Notice Individuelle de Sécurité)"
    const nis = rows.find((r) => r['IRI du traitement'] === `${BASE}register/${REGISTER}/treatment/1.1-nis-notice-individuelle-de-securite`)!;
    expect(nis['Intitulé']).toBe('NIS (Notice Individuelle de Sécurité)');
    expect(nis['Intitulé — source']).toBe('004_72dad74edd3dbafe.txt l. 38');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp') || f.includes('staging'))).toEqual([]);
  });

  // --no-build from here on: the build inputs include the code, which may change while the tests run.
  it('writes one register as XLSX: a summary sheet and the register’s sheet', async () => {
    const out = join(dir, 'nested', 'one.xlsx');
    const result = await ropa('report', '--format', 'xlsx', '--register', REGISTER, '--out', out, '--graph', graphDir, '--base', BASE, '--no-build');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('36 treatments');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    // The register's sheet is named from its title ("REGISTRE … DE LA DIRECTION DE LA TRANSFORMATION NUMERIQUE").
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Sommaire', 'Direction de la transformation…']);
    expect(workbook.getWorksheet('Direction de la transformation…')!.rowCount).toBe(37);
  });

  it('writes the HTML fiches into a folder: an index, one file per treatment, one page per register; other files are left alone', async () => {
    const out = join(dir, 'fiches');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'notes.txt'), 'mine');
    const result = await ropa('report', '--format', 'html', '--register', REGISTER, '--out', out, '--graph', graphDir, '--base', BASE, '--no-build');
    expect(result.code, result.stderr).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toContain('index.html');
    expect(files).toContain('rapport.css');
    expect(files).toContain(`${REGISTER}.html`);
    expect(files).toContain('notes.txt');
    expect(files.filter((f) => f.startsWith(`${REGISTER}--`))).toHaveLength(36);
    const fiche = await readFile(join(out, `${REGISTER}--5.11-passage-2.html`), 'utf8');
    expect(fiche).toContain(`<a href="${BASE}register/${REGISTER}/treatment/5.11-passage-2">`);
    expect(fiche).toContain('[004_72dad74edd3dbafe.txt l. 499]');
    expect(await readFile(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect((await readdir(dir)).filter((f) => f.includes('staging'))).toEqual([]);
  });

  it('writes a new folder whole, readable by others', async () => {
    const out = join(dir, 'new-folder');
    const result = await ropa('report', '--format', 'html', '--register', 'eu-edps-record-57-corporate-credit-card-pdftotext-layout-en', '--out', out, '--graph', graphDir, '--base', BASE, '--no-build');
    expect(result.code, result.stderr).toBe(0);
    expect((await readdir(out)).length).toBe(4);
    expect((await stat(out)).mode & 0o055).not.toBe(0);
  });

  it('has --help naming the formats, the citation form and the exit codes', async () => {
    const result = await ropa('report', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--format <format>\s+required: csv, xlsx, html/);
    expect(result.stdout).toContain('l. 52–53');
    expect(result.stdout).toMatch(/Exit codes: 0 written, 2 bad argument/);
  });

  it.each([
    [['--format', 'pdf'], /unknown format "pdf" \(--format\); use one of: csv, xlsx, html/],
    [['--format', 'csv', '--register', 'nope'], /unknown register "nope" \(--register\); the registers are: 000-49a1ce6041cf4ed6/],
    [['--format', 'csv', '--register', '../x'], /not a register slug/],
  ])('refuses %j with exit code 2 and writes nothing', async (args, message) => {
    const out = join(dir, `refused-${args.join('-').replace(/[^a-z0-9-]/gi, '')}.csv`);
    const result = await ropa('report', ...args, '--out', out, '--graph', graphDir, '--base', BASE, '--no-build');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    await expect(stat(out)).rejects.toThrow(/ENOENT/);
  });

  it.each([
    [['--format', 'csv'], /--out is required/],
    [['--out', 'x.csv'], /--format is required: csv, xlsx, html/],
  ])('refuses a missing option (%j) with exit code 2', async (args, message) => {
    const result = await ropa('report', ...args, '--graph', graphDir, '--no-build');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
