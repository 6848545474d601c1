// A tool's workbook of one or more treatments and their sub-objects (CISO Assistant's processing export): the first
// sheet's rows are treatments, each other sheet's rows items of the treatment (a data category with its retention…).
import type { ParseWarning, RawItem, RawRegister } from '../../model/raw-register.ts';
import type { SourceField } from '../../model/source-field.ts';
import { RegisterFormatError } from '../../errors/register-format-error.ts';
import type { LayoutContext } from '../layout-parser.ts';
import type { Workbook, WorkbookSheet } from '../workbook/workbook.ts';
import { readCellField } from '../workbook/read-cell-field.ts';
import { keepSheetCells } from '../workbook/keep-sheet-cells.ts';
import { measureSheetWidth } from '../workbook/measure-sheet-width.ts';
import { formatCellAddress } from '../workbook/cell-address.ts';
import { createHeaderReader, foldHeader } from './header-vocabulary.ts';
import { findTableHeader } from './find-table-header.ts';
import { readTableRows } from './read-table-rows.ts';
import { readProfileColumn, type TableProfile } from './table-profiles.ts';

export function readProfileWorkbook(workbook: Workbook, profile: TableProfile, context: LayoutContext): RawRegister {
  const { file } = workbook;
  const warnings: ParseWarning[] = [];
  const yes = new Set(profile.yes.map(foldHeader));
  const specs = profile.sheets!;
  const sheetOf = (name: string) => workbook.sheets.find((s) => foldHeader(s.name) === foldHeader(name));
  const main = sheetOf(specs[0]!.sheet);
  if (!main) throw new RegisterFormatError(file, undefined, `a ${profile.name} workbook has a "${specs[0]!.sheet}" sheet; this one has none`);
  const reader = createHeaderReader({
    ...(context.mapping ? { mapping: context.mapping } : {}),
    profile: Object.fromEntries(Object.entries(specs[0]!.columns).map(([h, c]) => [h, readProfileColumn(c)])),
  });
  const header = findTableHeader(main, reader);
  if (!header) throw new RegisterFormatError(file, undefined, `the "${main.name}" sheet has no header row of ${profile.name}`, { sheet: main.name, cell: 'A1' });
  const treatments = readTableRows(main, header, { file, warnings, firstOrdinal: 1, yes });
  if (treatments.length === 0) throw new RegisterFormatError(file, header.row + 1, 'the table has a header row but no treatment under it', { sheet: main.name, cell: formatCellAddress(header.dataRow, 0) });
  const owner = treatments[0]!;
  const preamble: SourceField[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet === main || sheet.rows.length === 0) continue;
    const spec = specs.slice(1).find((s) => foldHeader(s.sheet) === foldHeader(sheet.name));
    if (!spec) {
      preamble.push(...keepSheetCells(sheet, file, `is not part of a ${profile.name} workbook`, warnings));
      continue;
    }
    // The export holds one processing: its sub-objects are that treatment's; with several, they cannot be told apart.
    if (treatments.length > 1 && sheet.rows.length > 1) {
      warnings.push({ file, line: 1, location: { sheet: sheet.name, cell: 'A1' }, message: `the workbook holds ${treatments.length} treatments: the rows of "${sheet.name}" are given to the first, "${owner.fields.find((f) => f.key === 'title')?.text ?? owner.ordinal}"` });
    }
    const { fields, items } = readItemSheet(sheet, spec, yes);
    owner.fields.push(...fields);
    if (items.length > 0) owner.items = [...(owner.items ?? []), ...items];
  }
  const width = measureSheetWidth(main);
  return {
    file,
    layout: 'table',
    profile: profile.id,
    language: profile.language,
    title: `${profile.language === 'en' ? 'Register of processing activities' : 'Registre des activités de traitement'} (${file})`,
    location: { sheet: main.name, cell: `A1:${formatCellAddress(main.rows.length - 1, width - 1)}` },
    preamble,
    treatments,
    warnings,
  };
}

/** A sheet of sub-objects: its first row names the columns, each other row is one item of cells. */
function readItemSheet(sheet: WorkbookSheet, spec: NonNullable<TableProfile['sheets']>[number], yes: ReadonlySet<string>): { fields: SourceField[]; items: RawItem[] } {
  const columns = new Map(Object.entries(spec.columns).map(([header, column]) => [foldHeader(header), readProfileColumn(column)]));
  const headers = sheet.rows[0] ?? [];
  const fields: SourceField[] = [];
  const items: RawItem[] = [];
  for (let r = 1; r < sheet.rows.length; r++) {
    const parts: Record<string, SourceField> = {};
    let variant: string | undefined;
    sheet.rows[r]?.forEach((cell, c) => {
      const header = headers[c]?.text ?? '';
      const column = columns.get(foldHeader(header));
      const field = readCellField(sheet, r, c, column?.key ?? 'other', `${sheet.name} › ${header || formatCellAddress(0, c)}`);
      if (!field || !cell) return;
      fields.push(field);
      if (column?.part) parts[column.part] = field;
      if (column?.flag && yes.has(foldHeader(cell.text))) variant = column.flag;
    });
    if (spec.item && Object.keys(parts).length > 0) {
      const label = parts.label?.text ?? parts.text?.text ?? parts.description?.text ?? parts.recipient?.text ?? parts.details?.text ?? '';
      items.push({ kind: spec.item, label, ...(variant ? { variant } : {}), parts });
    }
  }
  return { fields, items };
}
