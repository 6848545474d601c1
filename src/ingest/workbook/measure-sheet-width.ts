// How many columns a sheet uses: its widest row.
import type { WorkbookSheet } from './workbook.ts';

export function measureSheetWidth(sheet: WorkbookSheet): number {
  let width = 1;
  for (const row of sheet.rows) if (row && row.length > width) width = row.length;
  return width;
}
