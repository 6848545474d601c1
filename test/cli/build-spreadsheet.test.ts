// `ropa build` on spreadsheets as users send them, bad ones included: each refused with one line naming the file, the
// sheet and the cell, nothing written; or read with a warning naming the cell, the data kept. In process (runBuild).
import { mkdtemp, readdir, readFile, rm, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../../src/cli/build-command.ts';
import { graphSetDir } from '../../src/config/graph-set-dir.ts';
import { DEFAULT_GRAPH_DIR } from '../../src/config/project-paths.ts';
import { RegisterFormatError } from '../../src/errors/register-format-error.ts';
import { UsageError } from '../../src/errors/usage-error.ts';
import { MAX_TABLE_ROWS } from '../../src/ingest/table/read-table-rows.ts';
import { writePasswordProtectedXlsx, writeXlsx } from '../support/write-test-workbooks.ts';
import { runRopa } from '../support/run-ropa.ts';

const CNIL_ODS = new URL('../../../shared/registers-cnil/registre-traitement-simplifie.ods', import.meta.url);
const HEADER = ['Intitulé', 'Finalités', 'Catégories de personnes concernées', 'Catégories de données', 'Durée de conservation', 'Date de mise à jour'];

async function build(name: string, bytes: Buffer | string, extra: { mapping?: string } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'ropa-sheet-'));
  const input = join(dir, name);
  await writeFile(input, bytes);
  const out = join(dir, 'graph');
  try {
    const result = await runBuild([input], { out, quiet: true, ...extra });
    return { result, out, error: undefined };
  } catch (error) {
    return { result: undefined, out, error: error as Error };
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

describe('ropa build on bad spreadsheets: one line naming file, sheet and cell; nothing written', () => {
  const cases: { name: string; bytes: () => Promise<Buffer> | Buffer; message: RegExp }[] = [
    { name: 'truncated.ods', bytes: async () => (await readFile(CNIL_ODS)).subarray(0, 30_000), message: /^truncated\.ods: cannot read the workbook: the file is truncated or damaged/ },
    { name: 'protected.xlsx', bytes: () => writePasswordProtectedXlsx(), message: /^protected\.xlsx: the workbook is password-protected: save a copy without a password/ },
    { name: 'empty.xlsx', bytes: () => writeXlsx([{ name: 'Feuil1', rows: [] }]), message: /^empty\.xlsx › Feuil1: the workbook holds no data: every sheet is empty$/ },
    {
      name: 'unknown-headers.xlsx',
      bytes: () => writeXlsx([{ name: 'Registre', rows: [['Registre 2024'], [], ['Quoi ?', 'Pour quoi faire ?', 'Qui ?'], ['Paie', 'Payer', 'Agents']] }]),
      message: /^unknown-headers\.xlsx › Registre!A1: no header row names three register fields \(its first row reads "Registre 2024"\): map your headers/,
    },
    {
      name: 'header-only.xlsx',
      bytes: () => writeXlsx([{ name: 'Registre', rows: [HEADER] }]),
      message: /^header-only\.xlsx › Registre!A2: the table has a header row but no treatment under it$/,
    },
  ];

  it.each(cases)('refuses $name', async ({ name, bytes, message }) => {
    const { error, out } = await build(name, await bytes());
    expect(error).toBeInstanceOf(RegisterFormatError);
    expect(error!.message).toMatch(message);
    expect(error!.message).not.toContain('\n');
    expect(await exists(out)).toBe(false);
  });

  it(`refuses a table of 50 000 rows, naming the first row past ${MAX_TABLE_ROWS.toLocaleString('en')}`, async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `Traitement ${i + 1};Finalité ${i + 1};Agents;Nom;5 ans;01/01/2024`);
    const { error, out } = await build('huge.csv', [HEADER.join(';'), ...rows].join('\n'));
    expect(error?.message).toBe(`huge.csv › huge!A${MAX_TABLE_ROWS + 2}: more than 20,000 rows of treatments: a register this large is most likely a data export; split it into several files`);
    expect(await exists(out)).toBe(false);
  });

  it('refuses a bad --mapping file as a usage error, before reading anything', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ropa-mapping-'));
    await writeFile(join(dir, 'mapping.json'), JSON.stringify({ columns: { 'Quoi ?': 'titre' } }));
    const { error } = await build('any.csv', 'a;b\n', { mapping: join(dir, 'mapping.json') });
    expect(error).toBeInstanceOf(UsageError);
    expect(error!.message).toMatch(/^--mapping: mapping\.json at columns › Quoi \?: not a register field, use one of title, purposes/);
  });
});

describe('ropa build on odd spreadsheets: a warning naming the cell, the data kept', () => {
  it('reads merged cells, formulas (with or without a computed value), dates as serial numbers and an empty sheet', async () => {
    const bytes = await writeXlsx([
      { name: 'Vide', rows: [] },
      {
        name: 'Registre',
        rows: [
          HEADER,
          ['Paie', 'Payer les agents', 'Agents', { formula: 'B2&" (nom, RIB)"', result: 'Payer les agents (nom, RIB)' }, '5 ans', 45292],
          ['Congés', 'Suivre les congés', null, 'Nom', { formula: 'E2' }, 45293],
        ],
        merges: ['C2:C3'],
      },
    ]);
    const { result, out, error } = await build('odd.xlsx', bytes);
    expect(error).toBeUndefined();
    expect(result!.registers[0]).toMatchObject({ layout: 'table', treatments: 2 });
    const warnings = result!.registers[0]!.warnings.map((w) => `${w.location?.sheet}!${w.location?.cell}: ${w.message}`);
    expect(warnings).toEqual([
      'Registre!E3: the formula =E2 has no computed value (the file was saved without calculating it): the cell is read as empty; open and save the file in a spreadsheet program to compute it',
      'Registre!C2:C3: the cell is merged over 2 rows: its value is given to each of their 2 treatments',
      'Registre!F2: the number 45292 in a date column is read as the date serial it is: 2024-01-01 (give the cell a date format to make it plain)',
      'Registre!F3: the number 45293 in a date column is read as the date serial it is: 2024-01-02 (give the cell a date format to make it plain)',
    ]);
    const turtle = await readFile(join(out, 'odd.ttl'), 'utf8');
    expect(turtle).toContain('"2024-01-01"^^xsd:date');
    expect(turtle).toContain('"Payer les agents (nom, RIB)"@fr');
    // The merged cell is a source field of each treatment, and the place of its warning.
    expect(turtle.match(/ropa:sourceCell "C2:C3"/g)).toHaveLength(3);
  });

  it('cites a CSV\'s cells under the sheet a spreadsheet program names after the file', async () => {
    const { result, out } = await build('registre.csv', `${HEADER.join(';')}\nPaie;Payer les agents;Agents;Nom, RIB;5 ans;01/01/2024\n`);
    expect(result!.registers[0]!.treatments).toBe(1);
    expect((await readdir(out)).sort()).toEqual(['catalogues.ttl', 'editions.ttl', 'manifest.json', 'registre.ttl']);
    expect(await readFile(join(out, 'registre.ttl'), 'utf8')).toContain('rdfs:label "registre.csv › registre!A2:F2"@fr');
  });
});

describe('ropa build FILE without --out', () => {
  it('builds into the folder ropa serve --registers FILE serves, never into the shipped data/graph, and says how to serve it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ropa-own-'));
    const input = join(dir, 'mon-registre.csv');
    await writeFile(input, `${HEADER.join(';')}\nPaie;Payer les agents;Agents;Nom, RIB;5 ans;01/01/2024\n`);
    const shipped = await readFile(join(DEFAULT_GRAPH_DIR, 'manifest.json'), 'utf8');
    const run = await runRopa('build', input, '--quiet');
    expect(run.code, run.stderr).toBe(0);
    const set = graphSetDir([input]);
    try {
      expect(await readdir(set)).toContain('mon-registre.ttl');
      expect(run.stderr.trim()).toBe(`built into ${set} (the shipped data/graph is unchanged). Serve it with: npx ropa serve --registers ${input}`);
      expect(await readFile(join(DEFAULT_GRAPH_DIR, 'manifest.json'), 'utf8')).toBe(shipped);
    } finally {
      await rm(set, { recursive: true, force: true });
    }
  });
});
