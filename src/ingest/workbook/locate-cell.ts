// Where a cell of a sheet is, as provenance records it: the sheet and address, and the rows (or text lines) it spans.
import type { CellLocation, LineRange } from '../../model/source-field.ts';
import type { WorkbookSheet } from './workbook.ts';
import { formatCellAddress } from './cell-address.ts';

/** The sheet and address of a cell, its merged range when it has one. */
export function locateCell(sheet: WorkbookSheet, row: number, column: number): CellLocation {
  return { sheet: sheet.name, cell: formatCellAddress(row, column, sheet.rows[row]?.[column]?.span) };
}

/** The lines rows `first`–`last` (0-based) span: the rows' numbers, or a delimited file's text lines. */
export function linesOfRows(sheet: WorkbookSheet, first: number, last: number = first): LineRange {
  if (sheet.lines) return { first: sheet.lines[first]?.first ?? first + 1, last: sheet.lines[last]?.last ?? last + 1 };
  return { first: first + 1, last: last + 1 };
}
