// A date cell as a source field: the text as shown, and the calendar date behind it, even from a bare serial number.
import type { ParseWarning } from '../../model/raw-register.ts';
import type { FieldKey, SourceField } from '../../model/source-field.ts';
import type { WorkbookSheet } from './workbook.ts';
import { readCellField } from './read-cell-field.ts';
import { readDateSerial } from './read-spreadsheet.ts';

/** Date serials from 1 January 1950 to 31 December 2099: a number of a date column outside them is no date. */
const PLAUSIBLE_SERIALS = { first: 18_264, last: 73_050 };

/**
 * A date-formatted cell reads as its ISO date. A plain number in a date column is what Excel shows when a date lost
 * its format (a CSV round trip, a "Standard" format): read as the date serial it is, with a warning naming the cell.
 */
export function readDateField(
  sheet: WorkbookSheet,
  cell: { row: number; column: number },
  field: { key: FieldKey; label: string },
  report: { file: string; warnings: ParseWarning[] },
): SourceField | undefined {
  const read = readCellField(sheet, cell.row, cell.column, field.key, field.label);
  const source = sheet.rows[cell.row]?.[cell.column];
  if (!read || !source) return read;
  if (source.isoDate) return { ...read, reading: source.isoDate };
  const serial = source.number ?? (/^\d{5}(?:[.,]\d+)?$/.test(source.text) ? Number(source.text.replace(',', '.')) : undefined);
  if (serial === undefined || serial < PLAUSIBLE_SERIALS.first || serial > PLAUSIBLE_SERIALS.last) return read;
  const date = readDateSerial(Math.floor(serial));
  if (!date) return read;
  report.warnings.push({
    file: report.file,
    line: read.lines.first,
    ...(read.location ? { location: read.location } : {}),
    message: `the number ${source.text} in a date column is read as the date serial it is: ${date} (give the cell a date format to make it plain)`,
  });
  return { ...read, reading: date };
}
