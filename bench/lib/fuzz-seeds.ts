// The unmutated inputs of the build fuzzer: one small file of every format and layout the build reads.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { parse } from 'csv-parse/sync';
import { DEFAULT_REGISTERS_DIR, PROJECT_ROOT } from '../../src/config/project-paths.ts';
import ExcelJS from 'exceljs';
import { writePasswordProtectedOds, writePasswordProtectedXlsx } from '../../test/support/write-test-workbooks.ts';
import type { Container } from './fuzz-mutations.ts';

export interface FuzzSeed {
  /** The file name the build is given: its extension chooses the reader. */
  readonly name: string;
  /** What it exercises: reader and layout. */
  readonly format: string;
  readonly container: Container;
  readonly bytes: Buffer;
}

const SHARED = join(PROJECT_ROOT, '..', 'shared');
const TABLE_CSV = join(PROJECT_ROOT, 'test', 'fixtures', 'tables', 'registre-mairie.csv');

/** Small inputs (a register cut to its first treatments): a build takes a fraction of a second, so thousands fit in minutes. */
export async function loadFuzzSeeds(): Promise<FuzzSeed[]> {
  const firstLines = async (path: string, count: number) => Buffer.from(`${(await readFile(path, 'utf8')).split('\n').slice(0, count).join('\n')}\n`);
  const csv = await readFile(TABLE_CSV);
  const rows = parse(csv, { delimiter: ';', relax_column_count: true }) as string[][];
  const tsv = Buffer.from(`${rows.map((r) => r.join('\t')).join('\n')}\n`);
  return [
    { name: 'ms-table.txt', format: 'text, ms-table', container: 'none', bytes: await firstLines(join(DEFAULT_REGISTERS_DIR, '000_49a1ce6041cf4ed6.txt'), 17) },
    { name: 'miom-blocks.txt', format: 'text, miom-blocks', container: 'none', bytes: await firstLines(join(DEFAULT_REGISTERS_DIR, '004_72dad74edd3dbafe.txt'), 66) },
    { name: 'edps-form.txt', format: 'text, edps-form', container: 'none', bytes: await readFile(join(SHARED, 'registers-eu', 'eu-edps_record-03_selection-of-seconded-national-experts_pdftotext-layout_en.txt')) },
    { name: 'text-table.txt', format: 'text, table saved as text', container: 'none', bytes: tsv },
    { name: 'edps-form.pdf', format: 'pdf, edps-form', container: 'none', bytes: await readFile(join(SHARED, 'registers-eu', 'pdf', '03_selection_seconded_national_experts_en.pdf')) },
    { name: 'cnil-template.ods', format: 'ods, cnil-template', container: 'zip', bytes: await readFile(join(SHARED, 'registers-cnil', 'registre-traitement-simplifie.ods')) },
    { name: 'table.csv', format: 'csv, table', container: 'none', bytes: csv },
    { name: 'table.tsv', format: 'tsv, table', container: 'none', bytes: tsv },
    { name: 'table.xlsx', format: 'xlsx (exceljs), table', container: 'zip', bytes: await writeExcelJs(rows) },
    { name: 'table.xls', format: 'xls (BIFF8), table', container: 'ole', bytes: writeSheetJs(rows, 'biff8') },
    { name: 'table.ods', format: 'ods (SheetJS), table', container: 'zip', bytes: writeSheetJs(rows, 'ods') },
    { name: 'protected.xlsx', format: 'xlsx with a password (OLE)', container: 'ole', bytes: writePasswordProtectedXlsx() },
    { name: 'protected.ods', format: 'ods with a password', container: 'zip', bytes: writePasswordProtectedOds() },
  ];
}

/** As Excel-like a file as test/support's writeXlsx, with its dates fixed so that a seed gives the same runs every time. */
async function writeExcelJs(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = new Date(Date.UTC(2024, 0, 1));
  const sheet = workbook.addWorksheet('Registre');
  for (const row of rows) sheet.addRow(row);
  sheet.mergeCells('A1:J1');
  return zeroZipTimes(Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** The DOS time and date of every local (PK 3 4) and central (PK 1 2) header, which the ZIP writer takes from the clock. */
function zeroZipTimes(zip: Buffer): Buffer {
  for (const [signature, offset] of [[0x04034b50, 10], [0x02014b50, 12]] as const) {
    for (let i = 0; i + offset + 4 <= zip.length; i++) if (zip.readUInt32LE(i) === signature) zip.writeUInt32LE(0, i + offset);
  }
  return zip;
}

function writeSheetJs(rows: string[][], bookType: XLSX.BookType): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Registre');
  return Buffer.from(XLSX.write(book, { type: 'buffer', bookType }) as Uint8Array);
}
