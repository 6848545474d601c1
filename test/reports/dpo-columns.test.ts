// What a DPO reads in the CNIL-style exports: the DPO, the controller's contact details, the sensitive data, real dates
// and readable sheet names, checked in the written XLSX (opened with exceljs) and CSV of real registers.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { runBuild } from '../../src/cli/build-command.ts';
import { runReport } from '../../src/cli/report-command.ts';
import { DEFAULT_REGISTERS_DIR } from '../../src/config/project-paths.ts';
import { SUMMARY_SHEET } from '../../src/reports/write-cnil-xlsx.ts';
import { TEST_BASE } from '../graph/build-test-graph.ts';

const ODS = new URL('../../../shared/registers-cnil/registre-traitement-simplifie.ods', import.meta.url).pathname;
const PAY = 'registre-traitement-simplifie/treatment/1-exemple-gestion-de-la-paie';
const NIS = '004-72dad74edd3dbafe/treatment/1.1-nis-notice-individuelle-de-securite';
const IGC = '004-72dad74edd3dbafe/treatment/5.15-igc-serveur';
const BUDGET = '000-49a1ce6041cf4ed6/treatment/04-gestion-budgetaire';
const DIHOMED = '000-49a1ce6041cf4ed6/treatment/03-dihomed';

const H = {
  contact: 'Coordonnées du responsable de traitement',
  dpo: 'Délégué à la protection des données (DPO)',
  sensitive: 'Données sensibles (art. 9, art. 10, NIR)',
  created: 'Date de création',
  updated: 'Date de mise à jour',
} as const;

/** What each register states, as the exports must write it (the CSV's text; the XLSX's too, dates aside). */
const EXPECTED: { treatment: string; header: string; text: string; source?: string }[] = [
  // The CNIL's worked example, sheet 4_-_Exemple_de_fiche: row 10 the controller, row 11 the DPO (name, address,
  // postcode, town, telephone, e-mail), row 23 "Numéro de Sécurité Sociale (ou NIR)".
  { treatment: PAY, header: H.contact, text: 'Adresse : 1 rue Rivoli, 75001 Paris, France\nCourriel : exemple1@ets.com\nTéléphone : 01 xx xx xx xx', source: 'registre-traitement-simplifie.ods › 4_-_Exemple_de_fiche!B10, C10, D10, E10, F10, G10, H10' },
  { treatment: PAY, header: H.dpo, text: 'Martin HENRI\nAdresse : 1 rue Rivoli, 75001 Paris, France\nCourriel : exemple2@ets.com\nTéléphone : 01 xx xx xx xx' },
  // Cited from the one row of the form that names it ("Numéro de Sécurité Sociale (ou NIR)"), not the other two.
  { treatment: PAY, header: H.sensitive, text: "NIR : Numéro d'inscription au répertoire (NIR, numéro de sécurité sociale)", source: 'registre-traitement-simplifie.ods › 4_-_Exemple_de_fiche!B23:D23' },
  // 004:11-21 "Coordonnées : M. le Directeur …", 004:23-35 "Délégué à la Protection des Données : …": the register's
  // own words, written once for all its treatments.
  { treatment: NIS, header: H.contact, text: "« M. le Directeur Direction de la Transformation Numérique Ministère de l'Intérieur et des Outre-Mer Place Beauvau 75800 Paris »", source: '004_72dad74edd3dbafe.txt l. 11–21' },
  { treatment: NIS, header: H.dpo, text: "« M. le Délégué ministériel à la Protection des Données Coordonnées : M. le Délégué ministériel à la Protection des Données Ministère de l'intérieur et des Outre-Mer Place Beauvau 75800 Paris »", source: '004_72dad74edd3dbafe.txt l. 23–35' },
  { treatment: NIS, header: H.sensitive, text: 'Aucune parmi les catégories de données reconnues' },
  { treatment: NIS, header: H.created, text: 'Non renseigné', source: '' },
  // 000:3 and 000:7: the address and the rights contact under the table; the register names no DPO.
  { treatment: BUDGET, header: H.contact, text: '« Ministères sociaux, 14 avenue Duquesne, 75007 PARIS SP 07 »\n« Exercice des droits : ddc-rgpd-cab@ddc.social.gouv.fr »' },
  { treatment: BUDGET, header: H.dpo, text: 'Non renseigné', source: '' },
  { treatment: BUDGET, header: H.updated, text: 'Non renseigné' },
  // 000:16 "n° INSEE" is the NIR; 000:15 "casier judiciaire" falls under art. 10.
  { treatment: BUDGET, header: H.sensitive, text: "NIR : Numéro d'inscription au répertoire (NIR, numéro de sécurité sociale)" },
  { treatment: DIHOMED, header: H.sensitive, text: 'Art. 10 RGPD (infractions et condamnations) : Casier judiciaire', source: '000_49a1ce6041cf4ed6.txt l. 15' },
  // 004:560 "Date de dernière mise à jour 19/092023": no calendar date in it, so kept as written and said so.
  { treatment: IGC, header: H.updated, text: '19/092023 (date non reconnue)' },
];

describe('the DPO\'s columns of the CNIL-style exports (CNIL model register, registers 000 and 004)', () => {
  let workbook: ExcelJS.Workbook;
  let csv: Record<string, string>[];
  let work: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ropa-dpo-'));
    const graph = join(work, 'graph');
    await runBuild([ODS, join(DEFAULT_REGISTERS_DIR, '000_49a1ce6041cf4ed6.txt'), join(DEFAULT_REGISTERS_DIR, '004_72dad74edd3dbafe.txt')], { out: graph, base: TEST_BASE, quiet: true });
    await runReport({ format: 'xlsx', out: join(work, 'registre.xlsx'), graph, base: TEST_BASE, build: false });
    await runReport({ format: 'csv', out: join(work, 'registre.csv'), graph, base: TEST_BASE, build: false });
    await runReport({ format: 'html', out: join(work, 'fiches'), graph, base: TEST_BASE, build: false });
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(work, 'registre.xlsx'));
    csv = parse(await readFile(join(work, 'registre.csv')), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
  }, 120_000);

  /** The row of a treatment in the workbook, with a reader of its cells by header. */
  function xlsxRow(treatment: string): (header: string) => ExcelJS.Cell {
    for (const sheet of workbook.worksheets.slice(1)) {
      const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
      for (let r = 2; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r);
        const iri = row.getCell(headers.indexOf('IRI du traitement')).value as { text?: string } | null;
        if (iri?.text?.endsWith(treatment)) return (header) => row.getCell(headers.indexOf(header));
      }
    }
    throw new Error(`no row for ${treatment}`);
  }

  function csvRow(treatment: string): Record<string, string> {
    const found = csv.filter((r) => r['IRI du traitement']!.endsWith(treatment));
    expect(found, treatment).toHaveLength(1);
    return found[0]!;
  }

  it.each(EXPECTED)('XLSX and CSV, $treatment: $header', ({ treatment, header, text, source }) => {
    const cell = xlsxRow(treatment)(header);
    expect(cell.type, `${header} is text`).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(text);
    expect(csvRow(treatment)[header]).toBe(text);
    if (source !== undefined) {
      expect(xlsxRow(treatment)(`${header} — source`).value ?? '').toBe(source);
      expect(csvRow(treatment)[`${header} — source`]).toBe(source);
    }
  });

  it.each([
    // The CNIL fiche, B6 "26/05/2018" and B7 "13/05/2019"; 004:50 "30/05/2023".
    { treatment: PAY, header: H.created, iso: '2018-05-26' },
    { treatment: PAY, header: H.updated, iso: '2019-05-13' },
    { treatment: NIS, header: H.updated, iso: '2023-05-30' },
  ])('$treatment, $header: a real date in the XLSX ($iso), yyyy-mm-dd in the CSV', ({ treatment, header, iso }) => {
    const cell = xlsxRow(treatment)(header);
    expect(cell.type).toBe(ExcelJS.ValueType.Date);
    expect(cell.value).toBeInstanceOf(Date);
    expect((cell.value as Date).toISOString().slice(0, 10)).toBe(iso);
    expect(cell.numFmt).toBe('dd/mm/yyyy');
    expect(csvRow(treatment)[header]).toBe(iso);
  });

  it('sorts the dates as dates: every date cell of a sheet is a Date or says why not', () => {
    const sheet = workbook.worksheets.find((s) => s.rowCount === 37)!;
    const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const kinds = new Map<string, number>();
    for (let r = 2; r <= sheet.rowCount; r++) {
      const value = sheet.getRow(r).getCell(headers.indexOf(H.updated)).value;
      const kind = value instanceof Date ? 'date' : String(value).endsWith('(date non reconnue)') ? 'malformed' : String(value);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    // 004 dates 35 of its 36 treatments; one writes "19/092023".
    expect(Object.fromEntries(kinds)).toEqual({ date: 35, malformed: 1 });
  });

  it('names each register\'s sheet from its title: readable, at most 31 characters, no forbidden character, unique', () => {
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual([SUMMARY_SHEET, 'Division Des Cabinets (DDC)', 'Direction de la transformation…', 'Registre des activités de…']);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    // The summary links each title and identifier to its sheet.
    const summary = workbook.getWorksheet(SUMMARY_SHEET)!;
    expect(summary.getRow(3).getCell(2).value).toBe('004-72dad74edd3dbafe');
    expect((summary.getRow(3).getCell(3).value as { text: string }).text).toBe('Direction de la transformation…');
  });

  it('shows the same fields in the HTML fiches: the DPO, the contact, the sensitive data, both dates', async () => {
    const fiche = await readFile(join(work, 'fiches', 'registre-traitement-simplifie--1-exemple-gestion-de-la-paie.html'), 'utf8');
    const row = (column: string) => new RegExp(`<tr data-column="${column}">(.*?)</tr>`, 's').exec(fiche)?.[1] ?? '';
    expect(row('dpo')).toContain('Délégué à la protection des données (DPO)');
    expect(row('dpo')).toContain('Martin HENRI');
    expect(row('dpo')).toContain('Courriel : exemple2@ets.com');
    expect(row('controllerContact')).toContain('Adresse : 1 rue Rivoli, 75001 Paris, France');
    expect(row('sensitiveData')).toContain('NIR : <a');
    expect(row('created')).toContain('26/05/2018 <span class="note-value">(2018-05-26)</span>');
    expect(row('created')).toContain('[registre-traitement-simplifie.ods › 4_-_Exemple_de_fiche!B6:H6]');
    expect(row('lastUpdate')).toContain('13/05/2019 <span class="note-value">(2019-05-13)</span>');
    const budget = await readFile(join(work, 'fiches', '000-49a1ce6041cf4ed6--04-gestion-budgetaire.html'), 'utf8');
    expect(/<tr data-column="dpo">(.*?)<\/tr>/s.exec(budget)?.[1]).toContain('Non renseigné dans le registre');
    const igc = await readFile(join(work, 'fiches', '004-72dad74edd3dbafe--5.15-igc-serveur.html'), 'utf8');
    expect(/<tr data-column="lastUpdate">(.*?)<\/tr>/s.exec(igc)?.[1]).toContain('19/092023 <span class="note-value">(date non reconnue)</span>');
  });
});
