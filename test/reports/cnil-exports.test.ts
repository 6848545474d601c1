// The CNIL-style register regenerated from the graph: CSV parsed back, XLSX read back, fiches; values checked against the registers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';
import { loadCnilReport } from '../../src/reports/load-cnil-report.ts';
import type { RegisterReport } from '../../src/reports/cnil-report.ts';
import { writeCnilCsv } from '../../src/reports/write-cnil-csv.ts';
import { SUMMARY_HEADERS, SUMMARY_SHEET, writeCnilXlsx } from '../../src/reports/write-cnil-xlsx.ts';
import { renderFiche, renderRegisterFichesPage } from '../../src/reports/render-fiches.ts';
import { buildHtmlFiles } from '../../src/reports/report-files.ts';
import { parseCitations } from '../../src/reports/citation.ts';
import { CNIL_COLUMNS } from '../../src/reports/cnil-columns.ts';
import { NOT_STATED } from '../../src/reports/cell-text.ts';

let server: TestServer;
let registers: RegisterReport[];
let manifest: { registers: { slug: string; file: string; treatments: number; layout: string }[] };
let csv: string;
let records: Record<string, string>[];

const CNIL_HEADERS = [
  'Intitulé',
  'Responsable(s) de traitement',
  'Coordonnées du responsable de traitement',
  'Délégué à la protection des données (DPO)',
  'Finalité(s)',
  'Catégories de personnes concernées',
  'Catégories de données',
  'Données sensibles (art. 9, art. 10, NIR)',
  'Destinataires',
  'Sous-traitants',
  'Systèmes',
  'Transferts hors UE',
  'Durée(s) de conservation',
  'Base légale',
  'Mesures de sécurité',
  'AIPD',
  'Date de création',
  'Date de mise à jour',
  'Registre',
];

beforeAll(async () => {
  server = await startTestServer();
  manifest = JSON.parse(await readFile(join(server.deps.config.graphDir, 'manifest.json'), 'utf8')) as typeof manifest;
  registers = await loadCnilReport(server.deps.sparql);
  csv = writeCnilCsv(registers);
  records = parse(csv, { bom: true, delimiter: ';', columns: true, relax_column_count: false }) as Record<string, string>[];
});

afterAll(async () => {
  await server?.close();
});

/** The sheet of a register, found as a reader finds it: by its identifier in the "Sommaire" sheet. */
function sheetOf(workbook: ExcelJS.Workbook, slug: string): ExcelJS.Worksheet {
  let name: string | undefined;
  workbook.getWorksheet(SUMMARY_SHEET)!.eachRow((row) => {
    if (row.getCell(2).value === slug) name = (row.getCell(3).value as { text: string }).text;
  });
  expect(name, slug).toBeDefined();
  return workbook.getWorksheet(name!)!;
}

/** The CSV record of a treatment, by the end of its IRI. */
function record(iriEnd: string): Record<string, string> {
  const found = records.filter((r) => r['IRI du traitement']!.endsWith(iriEnd));
  expect(found, iriEnd).toHaveLength(1);
  return found[0]!;
}

describe('the CSV', () => {
  it('is UTF-8 with a BOM, ";"-separated, CRLF-terminated, and has the CNIL columns in French, each followed by its source', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const header = csv.slice(1, csv.indexOf('\r\n'));
    expect(header.split(';').slice(0, 5)).toEqual(['N°', 'Intitulé', 'Intitulé — source', 'Responsable(s) de traitement', 'Responsable(s) de traitement — source']);
    expect(CNIL_COLUMNS.map((c) => c.header)).toEqual(CNIL_HEADERS);
    expect(Object.keys(records[0]!)).toEqual(['N°', ...CNIL_HEADERS.flatMap((h) => [h, `${h} — source`]), 'Source', 'IRI du traitement']);
  });

  it('has one row per treatment of the graph: 96 in the five French registers, 4 in the EDPS records, as the build manifest counts', () => {
    const expected = manifest.registers.reduce((n, r) => n + r.treatments, 0);
    expect(records).toHaveLength(expected);
    expect(records).toHaveLength(100);
    const edps = records.filter((r) => r['IRI du traitement']!.includes('/register/eu-edps-'));
    expect(edps).toHaveLength(4);
    expect(records.length - edps.length).toBe(96);
    for (const r of manifest.registers) {
      expect(records.filter((row) => row['IRI du traitement']!.includes(`/register/${r.slug}/`)), r.slug).toHaveLength(r.treatments);
    }
  });

  it('cites, in every source column, lines that a tool can parse, in the file the treatment was read from', () => {
    for (const row of records) {
      const file = parseCitations(row.Source!)[0]!.file;
      expect(manifest.registers.map((r) => r.file)).toContain(file);
      for (const header of CNIL_HEADERS) {
        const citations = parseCitations(row[`${header} — source`]!);
        for (const c of citations) {
          expect(c.first).toBeGreaterThan(0);
          expect(c.last).toBeGreaterThanOrEqual(c.first);
        }
        // A value always says where it comes from; "Non renseigné" says the register has nothing to cite.
        if (row[header] !== '' && row[header] !== NOT_STATED) expect(citations.length, `${row['IRI du traitement']} ${header}`).toBeGreaterThan(0);
      }
    }
  });

  it('004 n° 1.1 NIS: the values of the register’s block, each with its own line', () => {
    const nis = record('/004-72dad74edd3dbafe/treatment/1.1-nis-notice-individuelle-de-securite');
    expect(nis['N°']).toBe('1.1');
    // 004:38 "TRAITEMENT n° 1.1		NIS (Notice Individuelle de Sécurité)"
    expect(nis['Intitulé']).toBe('NIS (Notice Individuelle de Sécurité)');
    expect(nis['Intitulé — source']).toBe('004_72dad74edd3dbafe.txt l. 38');
    // 004:39 "Finalité du traitement	Faire les demandes d'habilitation TS ou S à la DGSI"
    // …with the DPV purpose it falls under (ontology/rules/purposes.json), in French.
    expect(nis['Finalité(s)']).toBe("Faire les demandes d'habilitation TS ou S à la DGSI (Protection de la sécurité nationale)");
    expect(nis['Finalité(s) — source']).toBe('004_72dad74edd3dbafe.txt l. 39');
    // 004:7-9 the register's controller: "M. le Directeur de la DTNUM"
    expect(nis['Responsable(s) de traitement']).toBe("Direction de la transformation numérique du ministère de l'Intérieur");
    expect(nis['Responsable(s) de traitement — source']).toBe('004_72dad74edd3dbafe.txt l. 7–9');
    // 004:40 "RGPD Article 6 (1) f : Le traitement est nécessaire aux fins des intérêts légitimes…" (40–43: the four legal fields)
    // …and 004:45 "Fondement juridique	Arrêté du 27 avril 2022 portant approbation de l'instruction ministérielle …"
    expect(nis['Base légale']!.split('\n')).toEqual([
      "Arrêté du 27 avril 2022 portant approbation de l'instruction ministérielle sur la protection du secret et des informations à diffusion restreinte et sensibles",
      'Intérêts légitimes (RGPD, art. 6, § 1, f)',
    ]);
    expect(nis['Base légale — source']).toBe('004_72dad74edd3dbafe.txt l. 40–43');
    // 004:47 "Existence de transferts de données hors UE	Non"
    expect(nis['Transferts hors UE']).toBe('Non');
    expect(nis['Transferts hors UE — source']).toBe('004_72dad74edd3dbafe.txt l. 47');
    // 004:48 "Durée de conservation prévue des données	Conservées jusqu'au départ de la DTNUM de l'agent"
    expect(nis['Durée(s) de conservation']).toBe("Conservées jusqu'au départ de la DTNUM de l'agent (jusqu'à un événement)");
    expect(nis['Durée(s) de conservation — source']).toBe('004_72dad74edd3dbafe.txt l. 48');
    // 004:49 "Fichiers stockés sur un partage réseau sécurisé et hébergé dans les datacenter du MIOM"
    expect(nis['Mesures de sécurité']!.split('\n')[0]).toBe('Fichiers stockés sur un partage réseau sécurisé et hébergé dans les datacenter du MIOM');
    // …and the kinds of measure DPV calls them (ontology/rules/measures.json).
    expect(nis['Mesures de sécurité']!.split('\n')).toEqual(expect.arrayContaining([
      "Type de mesure : Hébergement dans les centres de données de l'administration",
      'Type de mesure : Sécurité des systèmes de fichiers',
    ]));
    expect(parseCitations(nis['Mesures de sécurité — source']!).map((c) => c.first)).toContain(49);
    // 004:50 "Date de dernière mise à jour	30/05/2023"
    // …as an ISO date, which every spreadsheet sorts.
    expect(nis['Date de mise à jour']).toBe('2023-05-30');
    expect(nis['Date de mise à jour — source']).toBe('004_72dad74edd3dbafe.txt l. 50');
    expect(nis['AIPD']).toBe('');
    expect(nis.Source).toBe('004_72dad74edd3dbafe.txt l. 37–50');
  });

  it('000 n° 4 Gestion budgétaire: the NIR marked sensitive, the retention read from the continuation row with its ISO duration', () => {
    const budget = record('/000-49a1ce6041cf4ed6/treatment/04-gestion-budgetaire');
    // 000:16 "Gestion budgétaire	Gestion du personnel Suivi des factures impayées	Division des cabinets (DDC)	…"
    expect(budget['Intitulé']).toBe('Gestion budgétaire');
    expect(budget['Finalité(s)']).toBe('Gestion du personnel Suivi des factures impayées (Gestion du personnel, Gestion des paiements)');
    // 000:16 "Adresse et n° INSEE (uniquement les 10 premiers chiffres)": the NIR, a sensitive category
    expect(budget['Catégories de données']!.split('\n')).toContain("Numéro d'inscription au répertoire (NIR, numéro de sécurité sociale) (donnée sensible)");
    // 000:19 "Durée de conservation : 4 ans", in the data-category column of the continuation row
    expect(budget['Durée(s) de conservation']).toBe('Durée de conservation : 4 ans (P4Y)');
    expect(budget['Durée(s) de conservation — source']).toBe('000_49a1ce6041cf4ed6.txt l. 16–19');
    // 000:37 "Mesures de sécurité techniques et organisationnelles : … (PSSI-MCAS)", under the table
    expect(budget['Mesures de sécurité']).toMatch(/^Politique : .*\(PSSI-MCAS\)$/);
    expect(budget['Mesures de sécurité — source']).toBe('000_49a1ce6041cf4ed6.txt l. 37');
    expect(budget.Source).toBe('000_49a1ce6041cf4ed6.txt l. 16–19');
  });

  it('001 n° 2 Collecte-Pro: one table row, every value from line 11', () => {
    const collecte = record('/001-16106fe6b7c9f12d/treatment/02-collecte-pro');
    // 001:11 "Collecte-Pro	<p>Collecte-pro est un service socle d'échanges de documents …</p>	DNUM	…"
    expect(collecte['Intitulé']).toBe('Collecte-Pro');
    expect(collecte['Finalité(s)']).toMatch(/^Collecte-pro est un service socle d'échanges de documents/);
    // 001:11 "<p>Durée limitée à l'utilisation de l'application</p>"
    expect(collecte['Durée(s) de conservation']).toBe("Durée limitée à l'utilisation de l'application (jusqu'à un événement)");
    expect(collecte['Systèmes']).toBe('Collecte-Pro');
    for (const header of ['Intitulé', 'Finalité(s)', 'Catégories de données', 'Durée(s) de conservation', 'Systèmes']) {
      expect(collecte[`${header} — source`]).toBe('001_16106fe6b7c9f12d.txt l. 11');
    }
    expect(collecte.Source).toBe('001_16106fe6b7c9f12d.txt l. 11');
  });

  it('EDPS record 57: the date of line 10, the title of line 9; words the graph did not read are quoted', () => {
    const card = record('/treatment/57-use-of-corporate-credit-card-by-staff');
    // eu-edps_record-57…:9 "Use of Corporate Credit Card by Staff"
    expect(card['Intitulé']).toBe('Use of Corporate Credit Card by Staff');
    expect(card['Intitulé — source']).toBe('eu-edps_record-57_corporate-credit-card_pdftotext-layout_en.txt l. 9');
    // eu-edps_record-57…:10 "1.Last update of this record             20/01/2022"
    expect(card['Date de mise à jour']).toBe('2022-01-20');
    expect(card['Date de mise à jour — source']).toBe('eu-edps_record-57_corporate-credit-card_pdftotext-layout_en.txt l. 10');
    // eu-edps_record-57…:50-51 "Name and contact details of processor (where applicable)  n/a"
    expect(card['Sous-traitants']).toBe('« n/a »');
    expect(card['Sous-traitants — source']).toBe('eu-edps_record-57_corporate-credit-card_pdftotext-layout_en.txt l. 50–51');
  });

  it('never lets a spreadsheet run a cell as a formula', () => {
    for (const row of records) for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@]/);
  });
});

describe('the XLSX workbook', () => {
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeCnilXlsx(registers)) as never);
  });

  it('opens on a "Sommaire" sheet listing every register with its counts, then one sheet per register', () => {
    const names = workbook.worksheets.map((s) => s.name);
    expect(names[0]).toBe(SUMMARY_SHEET);
    expect(names).toHaveLength(1 + manifest.registers.length);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
    // Named from the registers' titles, not their slugs.
    expect(names).toContain('Direction de la transformation…');
    expect(names).toContain('Use of Corporate Credit Card…');
    for (const n of names) expect(n).not.toMatch(/[[\]:*?/\\]/);

    const summary = workbook.getWorksheet(SUMMARY_SHEET)!;
    expect((summary.getRow(1).values as unknown[]).slice(1)).toEqual([...SUMMARY_HEADERS]);
    const bySlug = new Map<string, number>();
    summary.eachRow((row, n) => {
      if (n > 1 && typeof row.getCell(2).value === 'string') bySlug.set(row.getCell(2).value as string, row.getCell(4).value as number);
    });
    for (const r of manifest.registers) expect(bySlug.get(r.slug), r.slug).toBe(r.treatments);
    const total = summary.getRow(manifest.registers.length + 2);
    expect(total.getCell(1).value).toBe('Total');
    expect(total.getCell(4).value).toBe(100);
  });

  it('has a styled, frozen header row, set widths and wrapped text on every register sheet', () => {
    const sheet = sheetOf(workbook, '004-72dad74edd3dbafe');
    const header = sheet.getRow(1);
    expect(header.getCell(1).value).toBe('N°');
    expect(header.getCell(2).value).toBe('Intitulé');
    expect(header.getCell(3).value).toBe('Intitulé — source');
    expect(header.getCell(2).font?.bold).toBe(true);
    expect(header.getCell(2).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);
    expect(sheet.getRow(2).getCell(4).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(sheet.rowCount).toBe(1 + 36);
  });

  it('holds the same values as the CSV: 004 n° 5.11 Passage 2 (004:488), its AIPD (004:499)', () => {
    const sheet = sheetOf(workbook, '004-72dad74edd3dbafe');
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const column = (h: string) => headers.indexOf(h) + 1;
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === '5.11') found = row;
    });
    expect(found).toBeDefined();
    expect(found!.getCell(column('Intitulé')).value).toBe('Passage 2');
    expect(found!.getCell(column('Intitulé — source')).value).toBe('004_72dad74edd3dbafe.txt l. 488');
    // 004:499 "… AIPD validée le 13 septembre 2021. Homologation SSI le 12 avril 2023 pour trois ans."
    expect(found!.getCell(column('AIPD')).value).toBe('AIPD validée le 13 septembre 2021.');
    expect(found!.getCell(column('AIPD — source')).value).toBe('004_72dad74edd3dbafe.txt l. 499');
    const iri = found!.getCell(column('IRI du traitement')).value as { text: string; hyperlink: string };
    expect(iri.hyperlink).toBe(`${server.url}register/004-72dad74edd3dbafe/treatment/5.11-passage-2`);
    const csvRow = record('/004-72dad74edd3dbafe/treatment/5.11-passage-2');
    // A date cell holds a date: the CSV writes it yyyy-mm-dd.
    const text = (v: ExcelJS.CellValue) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? ''));
    for (const h of CNIL_HEADERS) expect(text(found!.getCell(column(h)).value), h).toBe(csvRow[h]);
  });
});

describe('the fiches', () => {
  it('show every value of a treatment with its source lines, in French, with a link to its IRI', () => {
    const register = registers.find((r) => r.slug === '004-72dad74edd3dbafe')!;
    const nis = register.treatments.find((t) => t.number === '1.1')!;
    const html = renderFiche(nis, register, 'h1');
    expect(html).toContain(`<a href="${nis.iri}">${nis.iri}</a>`);
    for (const header of CNIL_HEADERS.slice(1)) expect(html).toContain(`<th scope="row">${header.replace(/'/g, '&#39;')}</th>`);
    expect(html).toContain('Faire les demandes d&#39;habilitation TS ou S à la DGSI');
    expect(html).toContain('[004_72dad74edd3dbafe.txt l. 39]');
    expect(html).toContain('30/05/2023');
    expect(html).toContain('[004_72dad74edd3dbafe.txt l. 50]');
    expect(html).toContain('Intérêts légitimes (RGPD, art. 6, § 1, f)');
    expect(html).toContain('[004_72dad74edd3dbafe.txt l. 40–43]');
    // The register's text, word for word, with its lines.
    expect(html).toContain('Texte du registre, mot pour mot');
    expect(html).toContain('Tout agent agent de la DTNUM dont la fonction est présente dans le catalogue des emplois');
    expect(html).toContain('<td class="lines" data-label="Lignes">l. 44</td>');
  });

  it('escape the register’s text (its HTML never becomes markup)', () => {
    const register = registers.find((r) => r.slug === '001-16106fe6b7c9f12d')!;
    const html = renderRegisterFichesPage(register, {
      stylesheets: [],
      siteNavigation: false,
      index: 'index.html',
      fiche: () => '#',
      registerFiches: () => '#',
      downloads: () => [],
    });
    expect(html).not.toMatch(/<p>Outil de pilotage/);
    expect(html.match(/<article class="fiche"/g)).toHaveLength(22);
  });

  it('as files: an index, a page of all fiches per register, one fiche per treatment and the stylesheet', async () => {
    const files = await buildHtmlFiles(registers.filter((r) => r.slug === '004-72dad74edd3dbafe'));
    expect(files.size).toBe(1 + 1 + 1 + 36);
    expect(files.get('index.html')).toContain('href="004-72dad74edd3dbafe--1.1-nis-notice-individuelle-de-securite.html"');
    expect(files.get('rapport.css')).toContain('@page');
    expect(files.get('004-72dad74edd3dbafe--5.11-passage-2.html')).toContain('href="rapport.css"');
  });
});

describe('what the graph says in DPV terms, in the exports (issue 16)', () => {
  const treatmentOf = (slugStart: string) => {
    const register = registers.find((r) => r.slug.startsWith(slugStart))!;
    return { register, treatment: register.treatments[0]! };
  };

  it.each([
    // 01a:43-47 and 03:37-40: the Staff Regulations and the EDPS decisions, read as legal bases.
    { slug: 'eu-edps-record-01a', basis: 'Statut des fonctionnaires de l’Union européenne' },
    { slug: 'eu-edps-record-03', basis: 'Statut des fonctionnaires de l’Union européenne' },
  ])('$slug: the fiche names its legal basis instead of saying there is none', ({ slug, basis }) => {
    const { register, treatment } = treatmentOf(slug);
    const row = /<tr data-column="legalBasis">.*?<\/tr>/s.exec(renderFiche(treatment, register, 'h2'))?.[0] ?? '';
    expect(row).not.toMatch(/Non renseigné/);
    expect(row.replace(/&#39;|'/g, '’')).toContain(basis);
  });

  it('says a third country the register does not state is inferred (001 Microsoft 365 mail: Microsoft, United States)', () => {
    const mail = record('/001-16106fe6b7c9f12d/treatment/06-gestion-de-la-messagerie-professionnelle-office365');
    // 001 has no transfers column: the cell was empty; the catalogue says Microsoft is established in the United States.
    expect(mail['Transferts hors UE']).toMatch(/^Pays tiers : États-Unis.* \(déduit : destinataire établi hors UE\)$/);
  });
});
