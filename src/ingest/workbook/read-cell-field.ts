// A non-empty cell as a source field: its text verbatim, its rows, and its sheet and address.
import type { FieldKey, SourceField } from '../../model/source-field.ts';
import type { WorkbookSheet } from './workbook.ts';
import { linesOfRows, locateCell } from './locate-cell.ts';

/** Undefined for an empty cell: an empty cell says nothing, so it is no field. */
export function readCellField(sheet: WorkbookSheet, row: number, column: number, key: FieldKey, label: string): SourceField | undefined {
  const cell = sheet.rows[row]?.[column];
  if (!cell || cell.text === '') return undefined;
  return {
    key,
    label,
    text: cell.text,
    lines: linesOfRows(sheet, row, row + (cell.span?.rows ?? 1) - 1),
    ...(sheet.textLines ? {} : { location: locateCell(sheet, row, column) }),
  };
}
