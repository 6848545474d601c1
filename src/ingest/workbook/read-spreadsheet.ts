// Reads an XLSX, XLS or ODS file with SheetJS into our workbook model; an unreadable file gets a one-line error.
import * as XLSX from '@e965/xlsx';
import type { ParseWarning } from '../../model/raw-register.ts';
import { RegisterFormatError } from '../../errors/register-format-error.ts';
import type { CellKind, Workbook, WorkbookCell, WorkbookSheet } from './workbook.ts';
import { COLUMN_COUNT, formatCellAddress, ROW_COUNT } from './cell-address.ts';
import { useNodeZlib } from './use-node-zlib.ts';

// Before any read: SheetJS's own inflate loops forever on a damaged entry (see use-node-zlib.ts).
useNodeZlib();

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * XLSX and ODS files are ZIP archives, XLS (and any password-protected Office file) an OLE container: anything else
 * is refused before SheetJS, which would otherwise read arbitrary bytes as a one-column text table.
 */
export function readSpreadsheet(bytes: Uint8Array, file: string): Workbook {
  if (bytes.length === 0) throw new RegisterFormatError(file, 1, 'the file is empty');
  const zip = startsWith(bytes, ZIP_SIGNATURE);
  if (!zip && !startsWith(bytes, OLE_SIGNATURE)) {
    throw new RegisterFormatError(file, undefined, 'not a spreadsheet: an .xlsx or .ods file is a ZIP archive and an .xls file an OLE document, this file is neither (save it again from the spreadsheet program)');
  }
  const book = readWithSheetJs(bytes, file);
  const warnings: ParseWarning[] = [];
  const date1904 = book.Workbook?.WBProps?.date1904 === true;
  const sheets = book.SheetNames.map((name, index): WorkbookSheet => {
    const sheet = book.Sheets[name];
    return {
      name,
      hidden: (book.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0,
      rows: sheet ? readRows(sheet, { file, sheet: name, date1904, warnings }) : [],
    };
  });
  const format = book.bookType === 'ods' || book.bookType === 'fods' ? 'ods' : zip ? 'xlsx' : 'xls';
  return { file, format, sheets, warnings };
}

function readWithSheetJs(bytes: Uint8Array, file: string): XLSX.WorkBook {
  // SheetJS reports the conditional number formats of ODS files it simplifies on console.error; they only change how
  // a number would be displayed, which we read from the file's own formatted text, so that noise is dropped here.
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('ODS number format may be incorrect')) return;
    consoleError(...args);
  };
  try {
    // Stubs, because a formula saved without its computed value comes as an empty stub: dropped, it would vanish silently.
    return XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellFormula: true, cellHTML: false, cellStyles: false, sheetStubs: true });
  } catch (error) {
    throw new RegisterFormatError(file, undefined, explainReadError(error));
  } finally {
    console.error = consoleError;
  }
}

/** SheetJS's messages, said so that the user knows what to do. */
function explainReadError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/password-protected|encrypt/i.test(message)) {
    return 'the workbook is password-protected: save a copy without a password and build that copy';
  }
  // A TypeError or RangeError inside SheetJS is its parser tripping over a damaged structure (found by npm run fuzz).
  const zlibError = typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).code!.startsWith('Z_');
  if (zlibError || error instanceof TypeError || error instanceof RangeError || /compressed size|end of data|unexpected end|corrupt|invalid (?:zip|signature)|zip|cfb|header signature|sector/i.test(message)) {
    return `cannot read the workbook: the file is truncated or damaged (${message})`;
  }
  return `cannot read the workbook (${message})`;
}

interface ReadContext {
  readonly file: string;
  readonly sheet: string;
  readonly date1904: boolean;
  readonly warnings: ParseWarning[];
}

function readRows(sheet: XLSX.WorkSheet, context: ReadContext): (WorkbookCell | undefined)[][] {
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const rows: (WorkbookCell | undefined)[][] = [];
  // A cell or merge beyond XFD1048576 is a damaged file's: an XLS gave one in column BBDF, which no address names (npm run fuzz).
  const refuseDamaged = (what: string) => new RegisterFormatError(context.file, undefined, `cannot read the workbook: the file is damaged (${what})`, { sheet: context.sheet });
  data.forEach((row, r) => {
    if (!row) return;
    const cells: (WorkbookCell | undefined)[] = [];
    row.forEach((cell, c) => {
      if (cell && (r >= ROW_COUNT || c >= COLUMN_COUNT)) throw refuseDamaged('a cell beyond XFD1048576, the last cell a spreadsheet holds');
      if (cell) cells[c] = readCell(cell, r, c, context);
    });
    // Dense arrays: an empty cell or row is undefined, never a hole that forEach and map would skip.
    if (cells.some((cell) => cell !== undefined)) rows[r] = Array.from(cells);
  });
  for (const merge of sheet['!merges'] ?? []) {
    const { s: start, e: end } = merge;
    if (start.r < 0 || start.c < 0 || end.r < start.r || end.c < start.c || end.r >= ROW_COUNT || end.c >= COLUMN_COUNT) throw refuseDamaged('a merged range inverted or beyond XFD1048576');
    const topLeft = rows[merge.s.r]?.[merge.s.c];
    const span = { rows: merge.e.r - merge.s.r + 1, columns: merge.e.c - merge.s.c + 1 };
    if (topLeft) rows[merge.s.r]![merge.s.c] = { ...topLeft, span };
  }
  return Array.from(rows);
}

function readCell(cell: XLSX.CellObject, row: number, column: number, context: ReadContext): WorkbookCell | undefined {
  const formula = typeof cell.f === 'string' && cell.f !== '' ? { formula: cell.f } : {};
  if (cell.t === 'z' && !cell.f) return undefined;
  if (cell.t === 'e' || cell.t === 'z') {
    const at = { sheet: context.sheet, cell: formatCellAddress(row, column) };
    if (cell.t === 'z' || cell.w === undefined) {
      // A file written by a program that does not compute formulas stores them without a value.
      context.warnings.push({
        file: context.file,
        line: row + 1,
        location: at,
        message: `the formula =${cell.f ?? '?'} has no computed value (the file was saved without calculating it): the cell is read as empty; open and save the file in a spreadsheet program to compute it`,
      });
      return { text: '', kind: 'formula-without-value', ...formula };
    }
    context.warnings.push({ file: context.file, line: row + 1, location: at, message: `the cell holds the error ${cell.w}: kept as text` });
    return { text: cell.w, kind: 'error', ...formula };
  }
  const text = normaliseText(cell.w ?? (cell.v === undefined ? '' : String(cell.v)));
  if (text === '' && cell.t === 's') return undefined;
  if (cell.t === 'n' && typeof cell.v === 'number') {
    const isoDate = typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z) ? readDateSerial(cell.v, context.date1904) : undefined;
    return { text, kind: isoDate ? 'date' : 'number', number: cell.v, ...(isoDate ? { isoDate } : {}), ...formula };
  }
  if (cell.t === 'd') {
    const value = cell.v instanceof Date ? cell.v.toISOString() : String(cell.v);
    return { text, kind: 'date', isoDate: value.slice(0, 10), ...formula };
  }
  const kind: CellKind = cell.t === 'b' ? 'boolean' : 'text';
  return { text, kind, ...formula };
}

/** A spreadsheet date serial as a calendar date, without going through a time zone. */
export function readDateSerial(serial: number, date1904 = false): string | undefined {
  const parts = XLSX.SSF.parse_date_code(serial, { date1904 }) as { y: number; m: number; d: number } | null;
  if (!parts || parts.y < 1900 || parts.y > 9999) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${parts.y}-${pad(parts.m)}-${pad(parts.d)}`;
}

function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}
