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
import { createHeaderReader, foldHeader, type HeaderReader } from './header-vocabulary.ts';
import { findProfile, loadTableProfiles, readProfileColumn, type TableProfile } from './table-profiles.ts';
import { readProfileWorkbook } from './read-profile-workbook.ts';
import { readOwnExport } from './read-own-export.ts';
import { OWN_EXPORT_PROFILE } from '../../model/export-conventions.ts';
import { findTableHeader, type TableHeader } from './find-table-header.ts';
import { readTableRows } from './read-table-rows.ts';

/** Sheet names spreadsheet programs give by default: no register's title. */
const DEFAULT_SHEET_NAMES = /^(?:feuil(?:le)?|sheet|tabelle|hoja|foglio)\s*\d*$/i;

export function detectTable(workbook: Workbook, context: LayoutContext = {}): boolean {
  if (findWorkbookProfile(workbook)) return true;
  const reader = createHeaderReader(context.mapping ? { mapping: context.mapping } : {});
  return workbook.sheets.some((sheet) => findTableHeader(sheet, reader) !== undefined);
}

/** A known tool's export is read with its profile (on top of the synonyms); any other table with the synonyms. */
export function parseTable(workbook: Workbook, context: LayoutContext = {}): RawRegister[] {
  const profile = findWorkbookProfile(workbook);
  if (profile?.id === OWN_EXPORT_PROFILE) return readOwnExport(workbook, profile, context);
  if (profile?.sheets) return [readProfileWorkbook(workbook, profile, context)];
  const columns = Object.fromEntries(Object.entries(profile?.columns ?? {}).map(([header, column]) => [header, readProfileColumn(column)]));
  const reader = createHeaderReader({ ...(context.mapping ? { mapping: context.mapping } : {}), profile: columns });
  const options = profile ? { profile: profile.id, language: profile.language, yes: new Set(profile.yes.map(foldHeader)) } : {};
  return [readTableRegister(workbook, reader, options)];
}

/** The profile of the tool whose export a sheet's header row is, if any. */
function findWorkbookProfile(workbook: Workbook): TableProfile | undefined {
  const profiles = loadTableProfiles();
  for (const sheet of workbook.sheets) {
    for (let r = 0; r < Math.min(sheet.rows.length, 30); r++) {
      const texts = (sheet.rows[r] ?? []).filter((cell) => cell !== undefined).map((cell) => cell!.text);
      const profile = texts.length > 1 ? findProfile(texts, profiles) : undefined;
      if (profile) return profile;
    }
  }
  return undefined;
}

/** The sheets with a header row give the treatments, in order; the others are kept as they are. */
export function readTableRegister(
  workbook: Workbook,
  reader: HeaderReader,
  options: { profile?: string; language?: Language; yes?: ReadonlySet<string> } = {},
): RawRegister {
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
    treatments.push(...readTableRows(sheet, header, { file, warnings, firstOrdinal: treatments.length + 1, ...(options.yes ? { yes: options.yes } : {}) }));
  }
  if (!main) throw new RegisterFormatError(file, undefined, 'no sheet has a header row of register fields');
  if (treatments.length === 0) {
    throw new RegisterFormatError(file, main.header.row + 1, 'the table has a header row but no treatment under it', main.sheet.textLines ? undefined : { sheet: main.sheet.name, cell: formatCellAddress(main.header.dataRow, 0) });
  }
  const english = options.language ? options.language === 'en' : languages.filter((l) => l === 'en').length > languages.length / 2;
  const width = measureSheetWidth(main.sheet);
  // A CSV's one sheet is named after the file, which says nothing the file name does not.
  const named = DEFAULT_SHEET_NAMES.test(main.sheet.name) || main.sheet.textLines || workbook.format === 'csv' ? undefined : main.sheet.name;
  return {
    file,
    layout: 'table',
    ...(english ? { language: 'en' as const } : {}),
    title: main.title ?? named ?? `${english ? 'Register of processing activities' : 'Registre des activités de traitement'} (${file})`,
    ...(main.sheet.textLines ? {} : { location: { sheet: main.sheet.name, cell: `A1:${formatCellAddress(main.sheet.rows.length - 1, width - 1)}` } }),
    preamble,
    treatments,
    warnings,
    ...(options.profile ? { profile: options.profile } : {}),
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
