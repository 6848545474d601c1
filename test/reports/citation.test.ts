// The citation form every export uses: written once, read back by a tool, ranges merged as a reader expects.
import { describe, expect, it } from 'vitest';
import { bracketCitations, formatCitations, normaliseCitations, parseCitations } from '../../src/reports/citation.ts';
import { nameSheets } from '../../src/reports/name-sheets.ts';

const FILE = '004_72dad74edd3dbafe.txt';

describe('source citations', () => {
  it('writes a file and its lines, one line alone, a range with an en dash', () => {
    expect(formatCitations([{ file: FILE, first: 52, last: 53 }])).toBe(`${FILE} l. 52–53`);
    expect(formatCitations([{ file: FILE, first: 50, last: 50 }])).toBe(`${FILE} l. 50`);
    expect(bracketCitations([{ file: FILE, first: 52, last: 53 }])).toBe(`[${FILE} l. 52–53]`);
    expect(bracketCitations([])).toBe('');
  });

  it('merges ranges that touch or overlap, keeps the others after the file name, and separates files by "; "', () => {
    const text = formatCitations([
      { file: FILE, first: 42, last: 42 },
      { file: FILE, first: 40, last: 41 },
      { file: FILE, first: 43, last: 43 },
      { file: FILE, first: 49, last: 49 },
      { file: '001_16106fe6b7c9f12d.txt', first: 11, last: 11 },
    ]);
    expect(text).toBe(`001_16106fe6b7c9f12d.txt l. 11; ${FILE} l. 40–43, 49`);
  });

  it('reads back what it wrote', () => {
    const citations = [
      { file: '001_16106fe6b7c9f12d.txt', first: 11, last: 11 },
      { file: FILE, first: 40, last: 43 },
      { file: FILE, first: 49, last: 49 },
    ];
    expect(parseCitations(formatCitations(citations))).toEqual(citations);
    expect(parseCitations('')).toEqual([]);
    expect(() => parseCitations('ligne 12')).toThrow(/not a source citation/);
    expect(normaliseCitations(parseCitations(`${FILE} l. 52–53`))).toEqual([{ file: FILE, first: 52, last: 53 }]);
  });
});

describe('worksheet names', () => {
  it('keeps Excel’s rules: 31 characters at most, no forbidden character, unique regardless of case', () => {
    const names = nameSheets(
      [
        '000-49a1ce6041cf4ed6',
        'eu-edps-record-01a-selection-of-staff-pdftotext-layout-en',
        'eu-edps-record-01a-selection-of-staff-other',
        'a/b:c?[d]*',
        'SOMMAIRE',
      ],
      ['Sommaire'],
    );
    expect(names).toEqual(['000-49a1ce6041cf4ed6', 'eu-edps-record-01a-selection-of', 'eu-edps-record-01a-selectio (2)', 'a-b-c--d--', 'SOMMAIRE (2)']);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });
});

describe('cell citations (spreadsheets)', () => {
  const ODS = 'registre.ods';
  it('writes the file, the sheet and the cell or range, and groups the cells of a sheet', () => {
    expect(formatCitations([{ file: ODS, sheet: '4_-_Exemple_de_fiche', cell: 'C20', first: 20, last: 20 }])).toBe(`${ODS} › 4_-_Exemple_de_fiche!C20`);
    const text = formatCitations([
      { file: ODS, sheet: '4_-_Exemple_de_fiche', cell: 'E21:H21', first: 21, last: 21 },
      { file: ODS, sheet: '4_-_Exemple_de_fiche', cell: 'B21:D21', first: 21, last: 21 },
      { file: ODS, sheet: '2_-_Liste_des_traitements', cell: 'A9', first: 9, last: 9 },
      { file: ODS, sheet: '4_-_Exemple_de_fiche', cell: 'B21:D21', first: 21, last: 21 },
    ]);
    expect(text).toBe(`${ODS} › 2_-_Liste_des_traitements!A9; ${ODS} › 4_-_Exemple_de_fiche!B21:D21, E21:H21`);
  });

  it('reads them back, beside line citations', () => {
    const citations = [
      { file: '001_16106fe6b7c9f12d.txt', first: 11, last: 11 },
      { file: ODS, sheet: '4_-_Exemple_de_fiche', cell: 'B21:D22', first: 21, last: 22 },
      { file: ODS, sheet: '4_-_Exemple_de_fiche', cell: 'E23', first: 23, last: 23 },
    ];
    expect(parseCitations(formatCitations(citations))).toEqual(citations);
  });
});
