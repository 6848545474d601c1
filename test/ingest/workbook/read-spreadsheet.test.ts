// The spreadsheet reader on the CNIL's real ODS and on XLSX files written by exceljs: cells, dates, merges, formulas, bad files.
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../src/ingest/workbook/read-spreadsheet.ts';
import { captureFormatError } from '../../support/capture-format-error.ts';
import { writePasswordProtectedOds, writePasswordProtectedXlsx, writeXlsx } from '../../support/write-test-workbooks.ts';

const CNIL_ODS = new URL('../../../../shared/registers-cnil/registre-traitement-simplifie.ods', import.meta.url);
const cnil = readFileSync(CNIL_ODS);

describe('readSpreadsheet on the CNIL model (ODS)', () => {
  const book = readSpreadsheet(cnil, 'registre.ods');
  const example = book.sheets.find((s) => s.name === '4_-_Exemple_de_fiche')!;

  it('reads every sheet, in order, as an ODS workbook', () => {
    expect(book.format).toBe('ods');
    expect(book.sheets.map((s) => s.name)).toEqual([
      'Tutoriel',
      '2_-_Liste_des_traitements',
      '3_-_Modèle_de_fiche_de_registre',
      '4_-_Exemple_de_fiche',
      '5_-_Listes',
    ]);
  });

  it('keeps the text shown, the date behind a date cell, merged ranges and computed formulas', () => {
    expect(example.rows[3]?.[1]).toMatchObject({ text: 'Gestion de la paie', kind: 'text', span: { rows: 1, columns: 7 } });
    expect(example.rows[5]?.[1]).toMatchObject({ text: '26/05/2018', kind: 'date', isoDate: '2018-05-26' });
    // The update date of the example is typed as text, not as a date: kept as typed.
    expect(example.rows[6]?.[1]).toMatchObject({ text: '13/05/2019', kind: 'text' });
    expect(example.rows[0]?.[7]).toMatchObject({ text: '1 - Exemple', formula: 'B5' });
    expect(example.rows[9]?.[3]).toMatchObject({ text: '75001', kind: 'number', number: 75001 });
    expect(book.warnings).toEqual([]);
  });
});

describe('readSpreadsheet on XLSX files', () => {
  it('reads dates, merges and formulas, and warns about a formula saved without its value, naming the cell', async () => {
    const bytes = await writeXlsx([
      {
        name: 'Registre',
        rows: [
          ['Intitulé', 'Mise à jour', 'Calcul'],
          ['Paie', 43598, { formula: 'B2+1', result: 43599 }],
          ['Fusion', null, { formula: 'A1&"x"' }],
        ],
        merges: ['A3:B3'],
        formats: { B2: 'dd/mm/yyyy' },
      },
    ]);
    const book = readSpreadsheet(bytes, 'registre.xlsx');
    const rows = book.sheets[0]!.rows;
    expect(book.format).toBe('xlsx');
    expect(rows[1]?.[1]).toMatchObject({ text: '13/05/2019', kind: 'date', isoDate: '2019-05-13' });
    expect(rows[1]?.[2]).toMatchObject({ text: '43599', kind: 'number', formula: 'B2+1' });
    expect(rows[2]?.[0]).toMatchObject({ text: 'Fusion', span: { rows: 1, columns: 2 } });
    expect(rows[2]?.[2]).toMatchObject({ text: '', kind: 'formula-without-value' });
    expect(book.warnings).toEqual([
      expect.objectContaining({ file: 'registre.xlsx', line: 3, location: { sheet: 'Registre', cell: 'C3' }, message: expect.stringMatching(/^the formula =A1&"x" has no computed value/) }),
    ]);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /^empty\.xlsx:1: the file is empty$/],
    ['text under a spreadsheet name', Buffer.from('Intitulé;Finalités\nPaie;Payer\n'), /^text\.xlsx: not a spreadsheet/],
    ['a truncated ODS', cnil.subarray(0, 30_000), /^truncated\.ods: cannot read the workbook: the file is truncated or damaged/],
    ['a password-protected XLSX', writePasswordProtectedXlsx(), /^protected\.xlsx: the workbook is password-protected: save a copy without a password/],
    ['a password-protected ODS', writePasswordProtectedOds(), /^protected\.ods: the workbook is password-protected/],
    // Found by npm run fuzz in a damaged XLS: no address names it, and the build crashed validating one.
    ['a cell beyond column XFD', writeCellBeyondXfd(), /^wide\.xlsx › Registre: cannot read the workbook: the file is damaged \(a cell beyond XFD1048576/],
  ])('refuses %s with a one-line error naming the file', (_case, bytes, message) => {
    const file = String(message.source.match(/\^([a-z]+\\?\.[a-z]+)/)?.[1]).replace('\\', '');
    const error = captureFormatError(() => readSpreadsheet(bytes, file));
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });
});

/** An XLSX (SheetJS writes what it is given) with a cell in column 20 001, past XFD (16 384). */
function writeCellBeyondXfd(): Buffer {
  const sheet = XLSX.utils.aoa_to_sheet([['Intitulé', 'Finalités']]);
  XLSX.utils.sheet_add_aoa(sheet, [['beyond']], { origin: { r: 1, c: 20_000 } });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Registre');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}
