// Spreadsheet addresses as people type them: column letters and 1-based rows ("C20", "B21:D21").

/** The last row and column a spreadsheet holds (XFD1048576): no address names a cell beyond. */
export const ROW_COUNT = 1_048_576;
export const COLUMN_COUNT = 16_384;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function formatColumn(column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The A1 address of a 0-based cell, or of the range it spans when merged: "C20", "B21:D21". */
export function formatCellAddress(row: number, column: number, span?: { rows: number; columns: number }): string {
  const first = `${formatColumn(column)}${row + 1}`;
  if (!span || (span.rows <= 1 && span.columns <= 1)) return first;
  return `${first}:${formatColumn(column + span.columns - 1)}${row + span.rows}`;
}
