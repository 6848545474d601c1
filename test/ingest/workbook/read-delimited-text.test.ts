// The CSV/TSV reader: Excel's encodings and delimiters, quoted cells on several lines, and the lines each row spans.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { chooseDelimiter, readDelimitedText } from '../../../src/ingest/workbook/read-delimited-text.ts';

const TABLE = 'Intitulé;Finalités;Durée de conservation\nPaie;"Calcul des rémunérations; virements";5 ans\n';

describe('readDelimitedText', () => {
  // Found by npm run fuzz: a line of 25 000 tabs gave cells no spreadsheet address names, and the build crashed.
  it('refuses a row wider than column XFD in one line naming it', () => {
    const error = (() => {
      try {
        readDelimitedText(Buffer.from(`Intitulé\tFinalités\nPaie${'\t'.repeat(16_384)}x\n`), 'wide.tsv');
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toBe('wide.tsv:2: a row of 16385 cells: a table holds at most 16384 columns (A to XFD)');
  });

  it('reads UTF-8 with a BOM and ";" (a Madis export), the sheet named after the file', () => {
    const book = readDelimitedText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TABLE)]), 'registre.csv');
    expect(book.format).toBe('csv');
    expect(book.sheets).toHaveLength(1);
    expect(book.sheets[0]!.name).toBe('registre');
    expect(book.sheets[0]!.rows[0]?.map((c) => c?.text)).toEqual(['Intitulé', 'Finalités', 'Durée de conservation']);
    expect(book.sheets[0]!.rows[1]?.[1]?.text).toBe('Calcul des rémunérations; virements');
    expect(book.warnings).toEqual([]);
  });

  it('converts Windows-1252 from Excel in French, and says so', () => {
    const book = readDelimitedText(iconv.encode(TABLE, 'win1252'), 'excel-fr.csv');
    expect(book.sheets[0]!.rows[0]?.[0]?.text).toBe('Intitulé');
    expect(book.sheets[0]!.rows[1]?.[1]?.text).toBe('Calcul des rémunérations; virements');
    expect(book.warnings).toEqual([{ file: 'excel-fr.csv', line: 1, message: expect.stringContaining('read as Windows-1252') }]);
  });

  it('reads UTF-16 with a BOM, tab-separated (Excel\'s "Unicode text")', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Intitulé\tFinalités\tDurée de conservation\nPaie\t"Calcul des rémunérations; virements"\t5 ans\n', 'utf16le')]);
    expect(readDelimitedText(bytes, 'unicode.txt').sheets[0]!.rows[1]?.map((c) => c?.text)).toEqual(['Paie', 'Calcul des rémunérations; virements', '5 ans']);
  });

  it('keeps the text lines of a row whose quoted cell spans several', () => {
    const book = readDelimitedText(Buffer.from('Intitulé,Finalités\nPaie,"Calcul\nVirement"\nCongés,Suivi\n'), 'comma.csv');
    expect(book.sheets[0]!.rows[1]?.[1]?.text).toBe('Calcul\nVirement');
    expect(book.sheets[0]!.lines).toEqual([
      { first: 1, last: 1 },
      { first: 2, last: 3 },
      { first: 4, last: 4 },
    ]);
  });

  it.each([
    [';', 'a;b;c\n1;2,5;3\n4;5;6\n'],
    [',', 'a,b,c\n"1;2",3,4\n5,6,7\n'],
    ['\t', 'a\tb\tc\n1\t2;3\t4\n'],
  ])('chooses %j as the delimiter', (delimiter, text) => {
    expect(chooseDelimiter(text)).toBe(delimiter);
  });
});
