// Reads a CSV or TSV file (any delimiter, any of Excel's encodings) as a one-sheet workbook, with a real CSV parser.
import { parse } from 'csv-parse/sync';
import type { LineRange } from '../../model/source-field.ts';
import type { ParseWarning } from '../../model/raw-register.ts';
import { RegisterFormatError } from '../../errors/register-format-error.ts';
import type { Workbook, WorkbookCell } from './workbook.ts';
import { decodeText } from './decode-text.ts';
import { COLUMN_COUNT } from './cell-address.ts';

/** Tried in this order on a tie: Excel in French writes ";", tab-separated text comes from copy and paste. */
const DELIMITERS = [';', '\t', ','] as const;
/** Enough records to see the shape of a table, few enough to stay instant on a large file. */
const SAMPLE_RECORDS = 30;

interface Parsed {
  record: string[];
  info: { lines: number };
}

/** The sheet is named after the file, as a spreadsheet program names it when it opens a CSV. */
export function readDelimitedText(bytes: Uint8Array, file: string): Workbook {
  if (bytes.length === 0) throw new RegisterFormatError(file, 1, 'the file is empty');
  const { text, encoding } = decodeText(bytes);
  const warnings: ParseWarning[] = [];
  if (encoding === 'windows-1252') {
    warnings.push({ file, line: 1, message: 'the file is not UTF-8: read as Windows-1252 (what Excel in French writes), accents converted' });
  }
  const delimiter = chooseDelimiter(text);
  let records: Parsed[];
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true }) as unknown as Parsed[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new RegisterFormatError(file, line, `cannot read the CSV: ${(error as Error).message.replace(/^Invalid Record Length: |^CSV_[A-Z_]+: /, '')}`);
  }
  const lines: LineRange[] = [];
  // Cells are named by spreadsheet addresses, which end at column XFD: a 25 000-tab line was found by npm run fuzz.
  const wide = records.find(({ record }) => record.length > COLUMN_COUNT);
  if (wide) throw new RegisterFormatError(file, wide.info.lines, `a row of ${wide.record.length} cells: a table holds at most ${COLUMN_COUNT} columns (A to XFD)`);
  const rows = records.map(({ record, info }, i): (WorkbookCell | undefined)[] => {
    lines.push({ first: (lines[i - 1]?.last ?? 0) + 1, last: info.lines });
    return record.map((value) => {
      const cellText = value.replace(/\r\n?/g, '\n').trim();
      return cellText === '' ? undefined : { text: cellText, kind: 'text' };
    });
  });
  const name = file.replace(/\.[^.]+$/, '') || file;
  return { file, format: 'csv', sheets: [{ name, hidden: false, rows, lines }], warnings };
}

/**
 * The delimiter that cuts the most of the first records into one same number of cells (at least two); quoted cells
 * are honoured, so a ";" inside a quoted purpose does not count.
 */
export function chooseDelimiter(text: string): string {
  let best = { delimiter: DELIMITERS[0] as string, records: 0, columns: 0 };
  for (const delimiter of DELIMITERS) {
    let sample: string[][];
    try {
      sample = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, to: SAMPLE_RECORDS }) as string[][];
    } catch {
      continue;
    }
    const counts = new Map<number, number>();
    for (const record of sample) if (record.length > 1) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
    // Most records of one width first; on a tie the wider cut (commas inside ";"-separated cells cut less evenly).
    for (const [columns, records] of counts) {
      if (records > best.records || (records === best.records && columns > best.columns)) best = { delimiter, records, columns };
    }
  }
  return best.delimiter;
}
