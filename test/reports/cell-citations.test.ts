// The CNIL-style exports of a register read from a workbook cite its cells ("file › Sheet!C20"), as they cite the
// lines of a text register.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { runBuild } from '../../src/cli/build-command.ts';
import { runReport } from '../../src/cli/report-command.ts';
import { parseCitations } from '../../src/reports/citation.ts';
import { TEST_BASE } from '../graph/build-test-graph.ts';

const ODS = new URL('../../../shared/registers-cnil/registre-traitement-simplifie.ods', import.meta.url).pathname;

describe('reports of the CNIL model register', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ropa-cells-'));
    await runBuild([ODS], { out: join(work, 'graph'), base: TEST_BASE, quiet: true });
    await runReport({ format: 'csv', out: join(work, 'registre.csv'), graph: join(work, 'graph'), base: TEST_BASE, build: false });
    await runReport({ format: 'html', out: join(work, 'fiches'), graph: join(work, 'graph'), base: TEST_BASE, build: false });
  }, 120_000);

  it('cites the cells each value was read from in the CSV, readable back by a tool', async () => {
    const rows = parse((await readFile(join(work, 'registre.csv'), 'utf8')).replace(/^\uFEFF/, ''), { delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row['Intitulé']).toBe('Gestion de la paie');
    expect(row['Intitulé — source']).toBe('registre-traitement-simplifie.ods › 4_-_Exemple_de_fiche!B4:H4');
    expect(parseCitations(row['Durée(s) de conservation — source']!).map((c) => c.cell)).toEqual(['E21:H21', 'E22:H22', 'E23:H23']);
    expect(row['Durée(s) de conservation']).toContain('5 ans à compter du versement de la paie (P5Y)');
    expect(row['Catégories de données']).toContain('Numéro d\'inscription au répertoire (NIR, numéro de sécurité sociale) (donnée sensible)');
  });

  it('cites them in the fiches too', async () => {
    const fiche = await readFile(join(work, 'fiches', 'registre-traitement-simplifie--1-exemple-gestion-de-la-paie.html'), 'utf8');
    expect(fiche).toContain('registre-traitement-simplifie.ods › 4_-_Exemple_de_fiche!B15:H15');
  });
});
