// The header-driven table layout on flat registers written by us: a CSV saved by Excel in French (Windows-1252, ";"),
// an XLSX with other column order and wordings, a tab-separated text; unknown columns kept, oddities named by cell.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRegisterInput } from '../../../src/ingest/parse-register-input.ts';
import { readDelimitedText } from '../../../src/ingest/workbook/read-delimited-text.ts';
import { readSpreadsheet } from '../../../src/ingest/workbook/read-spreadsheet.ts';
import { loadCatalogues } from '../../../src/model/load-catalogues.ts';
import { createNormaliser, type Normaliser } from '../../../src/model/normalise-register.ts';
import type { RawRegister } from '../../../src/model/raw-register.ts';
import { writeXlsx } from '../../support/write-test-workbooks.ts';

const CSV = readFileSync(new URL('../../fixtures/tables/registre-mairie.csv', import.meta.url), 'utf8');
let normaliser: Normaliser;
beforeAll(async () => {
  normaliser = createNormaliser(await loadCatalogues());
});

describe('a CSV saved by Excel in French (Windows-1252, ";")', () => {
  const file = 'registre-mairie.csv';
  const raw = () => parseRegisterInput({ kind: 'workbook', file, workbook: readDelimitedText(iconv.encode(CSV, 'win1252'), file) })[0]!;

  it('is read as a table: title block, three treatments in order, the conversion said', () => {
    const register = raw();
    expect(register.layout).toBe('table');
    expect(register.title).toBe('Registre des activités de traitement de la Mairie de Trifouilly');
    expect(register.preamble.map((f) => [f.location?.cell, f.text])).toEqual([
      ['A1', 'Registre des activités de traitement de la Mairie de Trifouilly'],
      ['A2', 'Tenu par le DPO mutualisé — mis à jour le 12/03/2024'],
    ]);
    expect(register.treatments.map((t) => t.number)).toEqual(['1', '2', '3']);
    expect(register.warnings[0]?.message).toMatch(/read as Windows-1252/);
  });

  it('gives every field its cell, and keeps the unknown column verbatim under its header, with a warning', () => {
    const register = raw();
    const first = register.treatments[0]!;
    expect(first.location).toEqual({ sheet: 'registre-mairie', cell: 'A5:J5' });
    expect(first.fields.map((f) => [f.key, f.label, f.location?.cell])).toEqual([
      ['referenceNumber', 'N°', 'A5'],
      ['title', 'Nom du traitement', 'B5'],
      ['purposes', 'Objectif du traitement', 'C5'],
      ['dataSubjects', 'Personnes visées', 'D5'],
      ['dataCategories', 'Données collectées', 'E5'],
      ['retention', 'Durée(s) de conservation', 'F5'],
      ['recipients', 'Destinataires des données', 'G5'],
      ['legalBasisGdpr', 'Fondement juridique', 'H5'],
      ['lastUpdate', 'Date de mise à jour', 'I5'],
      ['other', 'Commentaire interne', 'J5'],
    ]);
    expect(first.fields.at(-1)?.text).toBe('à revoir avec le service');
    expect(register.warnings.map((w) => `${w.location?.cell}: ${w.message}`)).toContain(
      'J4: the column "Commentaire interne" is no register field we know: its cells are kept as they are under that header (map it with --mapping)',
    );
  });

  it('builds treatments with the right fields', () => {
    const register = normaliser.normalise(raw());
    const [etatCivil, cantine, elections] = register.treatments;
    expect(etatCivil).toMatchObject({
      slug: '1-etat-civil',
      title: 'État civil',
      purposes: ["Tenue des registres d'état civil"],
      dataCategories: ['name', 'birth-date', 'birth-place'],
      dataSubjects: ['public-service-user'],
      legalBases: ['eu-gdpr:A6-1-c'],
      retention: [{ kind: 'duration', duration: 'P75Y', text: '75 ans après la clôture du registre' }],
      lastUpdate: { text: '12/03/2024', date: '2024-03-12' },
    });
    expect(cantine).toMatchObject({ purposes: ['Inscription à la cantine', 'facturation des repas'], dataSubjects: ['child', 'parent'], legalBases: ['eu-gdpr:A6-1-e'] });
    expect(cantine!.dataCategories).toEqual(expect.arrayContaining(['name', 'postal-address', 'bank-account']));
    // A date typed as a bare serial number (45292): read as the date, and said.
    expect(elections!.lastUpdate).toEqual({ text: '45292', date: '2024-01-01' });
    expect(register.warnings.map((w) => w.message)).toContain('the number 45292 in a date column is read as the date serial it is: 2024-01-01 (give the cell a date format to make it plain)');
  });
});

describe('an XLSX with other column order and wordings, merged cells and a formula', () => {
  let register: RawRegister;
  beforeAll(async () => {
    const bytes = await writeXlsx([
      {
        name: 'Registre 2024',
        rows: [
          ['Finalités', 'Intitulé', 'Responsable de traitement', 'Catégories de personnes concernées', 'Catégories de données', 'Base légale', 'Durée de conservation', 'Transferts hors UE', 'Notes du DPO', null],
          ['Payer les agents', 'Paie', 'DNUM', 'Agents', 'Nom, RIB', 'Obligation légale', '5 ans', 'Non', 'vu en comité', 'hors colonne'],
          ['Suivre les congés', 'Congés', null, 'Agents', 'Nom, dates de congés', 'Obligation légale', { formula: 'G2', result: '5 ans' }, 'Non', null, null],
          [null, null, null, null, null, null, null, null, null, null],
          ['Gérer les badges', 'Badges', 'DNUM', 'Agents et visiteurs', 'Nom, photographie', 'Intérêt légitime', '1 an après le départ', 'Oui : États-Unis', null, null],
        ],
        merges: ['C2:C3'],
      },
      { name: 'Notes', rows: [['À compléter par les services']] },
    ]);
    register = parseRegisterInput({ kind: 'workbook', file: 'registre.xlsx', workbook: readSpreadsheet(bytes, 'registre.xlsx') })[0]!;
  });

  it('reads the columns by their headers, whatever their order; gives a merged cell to every row it covers', () => {
    expect(register.title).toBe('Registre 2024');
    const typed = normaliser.normalise(register);
    expect(typed.treatments.map((t) => [t.title, t.purposes, t.controllers, t.retention.map((r) => r.duration)])).toEqual([
      ['Paie', ['Payer les agents'], ['dnum'], ['P5Y']],
      ['Congés', ['Suivre les congés'], ['dnum'], ['P5Y']],
      ['Badges', ['Gérer les badges'], ['dnum'], ['P1Y']],
    ]);
    expect(typed.treatments[2]!.transfer).toMatchObject({ stated: 'yes', countries: ['US'] });
    const conges = register.treatments[1]!;
    expect(conges.fields.find((f) => f.key === 'controllers')?.location).toEqual({ sheet: 'Registre 2024', cell: 'C2:C3' });
  });

  it('keeps the unknown column, a cell without header and a sheet without table, each with a warning naming the cell', () => {
    expect(register.treatments[0]!.fields.filter((f) => f.key === 'other').map((f) => [f.label, f.text])).toEqual([
      ['Notes du DPO', 'vu en comité'],
      ['Colonne J', 'hors colonne'],
    ]);
    expect(register.preamble.map((f) => f.text)).toEqual(['À compléter par les services']);
    expect(register.warnings.map((w) => `${w.location?.sheet}!${w.location?.cell}: ${w.message}`)).toEqual([
      'Registre 2024!I1: the column "Notes du DPO" is no register field we know: its cells are kept as they are under that header (map it with --mapping)',
      'Registre 2024!C2:C3: the cell is merged over 2 rows: its value is given to each of their 2 treatments',
      'Registre 2024!J2: column J has no header: its cells are kept as they are',
      'Notes!A1: the sheet "Notes" has no header row of register fields: its 1 cells are kept as they are',
    ]);
  });
});

describe('a tab-separated text register whose header names register fields', () => {
  it('is read as a table, cited by line like the other text layouts', () => {
    const text = 'Registre du service RH\n\nName\tPurposes\tData subjects\tPersonal data\tRetention period\nPayroll\tPay staff\tEmployees\tName, bank account\t5 years\n';
    const [register] = parseRegisterInput({ kind: 'text', file: 'rh.txt', text });
    expect(register).toMatchObject({ layout: 'table', language: 'en', title: 'Registre du service RH' });
    const [payroll] = register!.treatments;
    expect(payroll!.lines).toEqual({ first: 4, last: 4 });
    expect(payroll!.location).toBeUndefined();
    expect(payroll!.fields.map((f) => [f.key, f.text, f.lines.first, f.location])).toEqual([
      ['title', 'Payroll', 4, undefined],
      ['purposes', 'Pay staff', 4, undefined],
      ['dataSubjects', 'Employees', 4, undefined],
      ['dataCategories', 'Name, bank account', 4, undefined],
      ['retention', '5 years', 4, undefined],
    ]);
  });
});

describe('--mapping', () => {
  const csv = Buffer.from('Quoi ?;Pourquoi ?;Qui ?;Combien de temps ?\nPaie;Payer les agents;Agents;5 ans\n');
  it('maps headers nobody recognises onto register fields', () => {
    const workbook = readDelimitedText(csv, 'odd.csv');
    expect(() => parseRegisterInput({ kind: 'workbook', file: 'odd.csv', workbook })).toThrow(
      /^odd\.csv › odd!A1: no header row names three register fields \(its first row reads "Quoi \?", "Pourquoi \?", "Qui \?", "Combien de temps \?"\): map your headers/,
    );
    const mapping = { columns: { 'Quoi ?': 'title', 'Pourquoi ?': 'purposes', 'Qui ?': 'dataSubjects', 'Combien de temps ?': 'retention' } } as const;
    const [register] = parseRegisterInput({ kind: 'workbook', file: 'odd.csv', workbook }, { mapping });
    expect(register!.treatments[0]!.fields.map((f) => [f.key, f.text])).toEqual([
      ['title', 'Paie'],
      ['purposes', 'Payer les agents'],
      ['dataSubjects', 'Agents'],
      ['retention', '5 ans'],
    ]);
  });
});
