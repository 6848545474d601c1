// A sheet no layout has a place for (a DPO's notes): every non-empty cell kept as a field, and one warning naming it.
import type { ParseWarning } from '../../model/raw-register.ts';
import type { SourceField } from '../../model/source-field.ts';
import type { WorkbookSheet } from './workbook.ts';
import { readCellField } from './read-cell-field.ts';

export function keepSheetCells(sheet: WorkbookSheet, file: string, why: string, warnings: ParseWarning[]): SourceField[] {
  const fields: SourceField[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    for (let c = 0; row && c < row.length; c++) {
      const field = readCellField(sheet, r, c, 'other', sheet.name);
      if (field) fields.push(field);
    }
  }
  const first = fields[0];
  if (first) {
    warnings.push({ file, line: first.lines.first, ...(first.location ? { location: first.location } : {}), message: `the sheet "${sheet.name}" ${why}: its ${fields.length} cells are kept as they are` });
  }
  return fields;
}
