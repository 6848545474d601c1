// Any register kept as a table, one row per treatment: sheets with a header row of register fields, a title block allowed.
import type { ParseWarning, RawRegister, RawTreatment } from '../../model/raw-register.ts';
import type { SourceField } from '../../model/source-field.ts';
import type { Language } from '../../model/language-tag.ts';
import { RegisterFormatError } from '../../errors/register-format-error.ts';
import type { LayoutContext } from '../layout-parser.ts';
import type { Workbook, WorkbookSheet } from '../workbook/workbook.ts';
import { measureSheetWidth } from '../workbook/measure-sheet-width.ts';
import { formatCellAddress } from '../workbook/cell-address.ts';
import { readCellField } from '../workbook/read-cell-field.ts';
import { keepSheetCells } from '../workbook/keep-sheet-cells.ts';
import { createHeaderReader, type HeaderReader } from './header-vocabulary.ts';
import { findTableHeader, type TableHeader } from './find-table-header.ts';
import { readTableRows } from './read-table-rows.ts';

/** Sheet names spreadsheet programs give by default: no register's title. */
const DEFAULT_SHEET_NAMES = /^(?:feuil(?:le)?|sheet|tabelle|hoja|foglio)\s*\d*$/i;

export function detectTable(workbook: Workbook, context: LayoutContext = {}): boolean {
  const reader = createHeaderReader(context.mapping ? { mapping: context.mapping } : {});
  return workbook.sheets.some((sheet) => findTableHeader(sheet, reader) !== undefined);
}

export function parseTable(workbook: Workbook, context: LayoutContext = {}): RawRegister[] {
  return [readTableRegister(workbook, createHeaderReader(context.mapping ? { mapping: context.mapping } : {}))];
}

/** The sheets with a header row give the treatments, in order; the others are kept as they are. */
export function readTableRegister(workbook: Workbook, reader: HeaderReader, extra: Partial<RawRegister> = {}): RawRegister {
  const { file } = workbook;
  const warnings: ParseWarning[] = [];
  const preamble: SourceField[] = [];
  const treatments: RawTreatment[] = [];
  const languages: Language[] = [];
  let main: { sheet: WorkbookSheet; header: TableHeader; title?: string } | undefined;
  for (const sheet of workbook.sheets) {
    if (sheet.rows.length === 0) continue;
    const header = findTableHeader(sheet, reader);
    if (!header) {
      preamble.push(...keepSheetCells(sheet, file, 'has no header row of register fields', warnings));
      continue;
    }
    const above = readTitleBlock(sheet, header.row);
    preamble.push(...above);
    main ??= { sheet, header, ...(above[0] ? { title: above[0].text } : {}) };
    languages.push(...header.languages);
    treatments.push(...readTableRows(sheet, header, { file, warnings, firstOrdinal: treatments.length + 1 }));
  }
  if (!main) throw new RegisterFormatError(file, undefined, 'no sheet has a header row of register fields');
  if (treatments.length === 0) {
    throw new RegisterFormatError(file, main.header.row + 1, 'the table has a header row but no treatment under it', main.sheet.textLines ? undefined : { sheet: main.sheet.name, cell: formatCellAddress(main.header.dataRow, 0) });
  }
  const english = languages.filter((l) => l === 'en').length > languages.length / 2;
  const width = measureSheetWidth(main.sheet);
  const named = DEFAULT_SHEET_NAMES.test(main.sheet.name) || main.sheet.textLines ? undefined : main.sheet.name;
  return {
    file,
    layout: 'table',
    ...(english ? { language: 'en' as const } : {}),
    title: main.title ?? named ?? `${english ? 'Register of processing activities' : 'Registre des activités de traitement'} (${file})`,
    ...(main.sheet.textLines ? {} : { location: { sheet: main.sheet.name, cell: `A1:${formatCellAddress(main.sheet.rows.length - 1, width - 1)}` } }),
    preamble,
    treatments,
    warnings,
    ...extra,
  };
}

/** The cells above the header: the register's title and whatever else its block says. */
function readTitleBlock(sheet: WorkbookSheet, headerRow: number): SourceField[] {
  const fields: SourceField[] = [];
  for (let r = 0; r < headerRow; r++) {
    const row = sheet.rows[r];
    for (let c = 0; row && c < row.length; c++) {
      const field = readCellField(sheet, r, c, 'other', 'Titre');
      if (field) fields.push(field);
    }
  }
  return fields;
}
