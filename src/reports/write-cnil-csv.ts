// The CNIL-style table as CSV for Excel in French: UTF-8 with a BOM, ";" between fields, CRLF between records.
import { stringify } from 'csv-stringify/sync';
import type { RegisterReport } from './cnil-report.ts';
import { tableHeaders, tableRows } from './cnil-table.ts';
import { FORMATS } from '../rdf/formats.ts';

export const CSV_MEDIA_TYPE = `${FORMATS.csv.mediaType}; charset=utf-8; header=present`;
/** French spreadsheets read "," as the decimal separator, and open a ";" file in columns at a double-click. */
export const CSV_DELIMITER = ';';

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR at its start): "'" is put before it. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One header line, then one record per treatment; values with ";", quotes or line breaks are quoted. */
export function writeCnilCsv(registers: readonly RegisterReport[]): string {
  const records = [tableHeaders(), ...tableRows(registers).map((row) => row.map(guardFormula))];
  return stringify(records, { bom: true, delimiter: CSV_DELIMITER, record_delimiter: 'windows', quoted_match: /\n/ });
}
