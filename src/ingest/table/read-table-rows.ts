// Reads the rows under a table's header: one treatment a row, every cell a field under its column's header.
import type { ParseWarning, RawTreatment } from '../../model/raw-register.ts';
import type { SourceField } from '../../model/source-field.ts';
import { RegisterFormatError } from '../../errors/register-format-error.ts';
import type { WorkbookSheet } from '../workbook/workbook.ts';
import { measureSheetWidth } from '../workbook/measure-sheet-width.ts';
import { formatCellAddress, formatColumn } from '../workbook/cell-address.ts';
import { readCellField } from '../workbook/read-cell-field.ts';
import { readDateField } from '../workbook/read-date-field.ts';
import { linesOfRows } from '../workbook/locate-cell.ts';
import { excerptCell } from '../workbook/excerpt-cell.ts';
import type { TableColumn, TableHeader } from './find-table-header.ts';
import { foldHeader } from './header-vocabulary.ts';

/**
 * Treatments a register may hold. Registers hold tens to hundreds; past this, the table is most likely a data export
 * rather than a register, and building it would take minutes and gigabytes: said, with the cell, rather than tried.
 */
export const MAX_TABLE_ROWS = 20_000;

export interface TableRowsContext {
  readonly file: string;
  readonly warnings: ParseWarning[];
  /** The ordinal of the first treatment (after those of earlier sheets). */
  readonly firstOrdinal: number;
  /** How a tool writes "yes" in its yes/no columns (folded). */
  readonly yes?: ReadonlySet<string>;
}

export function readTableRows(sheet: WorkbookSheet, header: TableHeader, context: TableRowsContext): RawTreatment[] {
  const { file, warnings } = context;
  const width = Math.max(measureSheetWidth(sheet), ...header.columns.map((c) => c.to + 1));
  const columnAt = new Map<number, TableColumn>();
  for (const column of header.columns) for (let c = column.from; c <= column.to; c++) if (!columnAt.has(c)) columnAt.set(c, column);
  const headerTexts = (sheet.rows[header.row] ?? []).map((cell) => cell?.text ?? '').join('\t');
  const warnedColumns = new Set<number>();
  /** Values of vertically merged cells, given to every row they cover: row → column → field. */
  const carried = new Map<number, Map<number, SourceField>>();
  const treatments: RawTreatment[] = [];

  for (const column of header.columns.filter((c) => !c.known)) {
    warnedColumns.add(column.from);
    const at = formatCellAddress(header.row, column.from);
    warnings.push({
      file,
      line: linesOfRows(sheet, header.row).first,
      ...(sheet.textLines ? {} : { location: { sheet: sheet.name, cell: at } }),
      message: `the column "${excerptCell(column.label)}" is no register field we know: its cells are kept as they are under that header (map it with --mapping)`,
    });
  }

  for (let r = header.dataRow; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    // A row whose only values are those merged down from above is no treatment of its own.
    if (!row?.some((cell) => cell && cell.text !== '')) continue;
    // A header repeated on every printed page is no treatment.
    if (row && row.map((cell) => cell?.text ?? '').join('\t') === headerTexts) continue;
    if (treatments.length >= MAX_TABLE_ROWS) {
      throw new RegisterFormatError(file, linesOfRows(sheet, r).first, `more than ${MAX_TABLE_ROWS.toLocaleString('en')} rows of treatments: a register this large is most likely a data export; split it into several files`, sheet.textLines ? undefined : { sheet: sheet.name, cell: formatCellAddress(r, 0) });
    }
    const fields: SourceField[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row?.[c];
      const column = columnAt.get(c);
      if (!cell || cell.text === '') {
        const kept = carried.get(r)?.get(c);
        if (kept) fields.push(kept);
        continue;
      }
      if (!column && !warnedColumns.has(c)) {
        warnedColumns.add(c);
        warnings.push({ file, line: linesOfRows(sheet, r).first, ...(sheet.textLines ? {} : { location: { sheet: sheet.name, cell: formatCellAddress(r, c) } }), message: `column ${formatColumn(c)} has no header: its cells are kept as they are` });
      }
      const key = column?.key ?? 'other';
      const label = column?.label ?? `Colonne ${formatColumn(c)}`;
      const read = key === 'creationDate' || key === 'lastUpdate'
        ? readDateField(sheet, { row: r, column: c }, { key, label }, { file, warnings })
        : readCellField(sheet, r, c, key, label);
      if (!read) continue;
      // A yes/no column says what its header names ("Salariés") when yes, nothing when no; its cell stays verbatim.
      const field = column?.flag ? { ...read, reading: context.yes?.has(foldHeader(read.text)) ? column.flag : '' } : read;
      fields.push(field);
      if (cell.span) readMerge(cell.span, r, c, field);
    }
    if (fields.length === 0) continue;
    const number = fields.find((f) => f.key === 'referenceNumber')?.text;
    treatments.push({
      ordinal: context.firstOrdinal + treatments.length,
      ...(number ? { number } : {}),
      lines: linesOfRows(sheet, r),
      ...(sheet.textLines ? {} : { location: { sheet: sheet.name, cell: `${formatCellAddress(r, 0)}:${formatCellAddress(r, width - 1)}` } }),
      fields,
    });
  }
  return treatments;

  /** A cell merged down gives its value to each row it covers; merged across columns, it belongs to its first. */
  function readMerge(span: { rows: number; columns: number }, r: number, c: number, field: SourceField): void {
    const where = { file, line: field.lines.first, ...(field.location ? { location: field.location } : {}) };
    if (span.rows > 1) {
      for (let below = r + 1; below < r + span.rows; below++) {
        const row = carried.get(below) ?? new Map<number, SourceField>();
        row.set(c, field);
        carried.set(below, row);
      }
      warnings.push({ ...where, message: `the cell is merged over ${span.rows} rows: its value is given to each of their ${span.rows} treatments` });
    }
    const across = new Set(Array.from({ length: span.columns }, (_, i) => columnAt.get(c + i)?.label).filter(Boolean));
    if (across.size > 1) warnings.push({ ...where, message: `the cell is merged across the columns ${[...across].map((l) => `"${l}"`).join(', ')}: read as "${[...across][0]}" only` });
  }
}
