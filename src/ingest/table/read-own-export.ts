// Our own workbook (`ropa report --format xlsx`), edited by a DPO and built back: one register per sheet, named, with
// its identifier and language, in the "Sommaire" sheet; each treatment keeps the IRI it was exported with.
import type { ParseWarning, RawRegister, RawTreatment } from '../../model/raw-register.ts';
import type { SourceField } from '../../model/source-field.ts';
import { languageSchema, type Language } from '../../model/language-tag.ts';
import { NOT_STATED, OWN_EXPORT_PROFILE } from '../../model/export-conventions.ts';
import type { LayoutContext } from '../layout-parser.ts';
import type { Workbook, WorkbookSheet } from '../workbook/workbook.ts';
import { formatCellAddress } from '../workbook/cell-address.ts';
import { keepSheetCells } from '../workbook/keep-sheet-cells.ts';
import { measureSheetWidth } from '../workbook/measure-sheet-width.ts';
import { createHeaderReader, foldHeader } from './header-vocabulary.ts';
import { findTableHeader } from './find-table-header.ts';
import { readTableRows } from './read-table-rows.ts';
import { readProfileColumn, type TableProfile } from './table-profiles.ts';
import { decodeOwnExportCell } from './decode-own-export-cell.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TREATMENT_SLUG = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

interface SummaryEntry {
  readonly slug?: string;
  readonly title?: string;
  readonly language?: Language;
}

export function readOwnExport(workbook: Workbook, profile: TableProfile, context: LayoutContext): RawRegister[] {
  const { file } = workbook;
  const reader = createHeaderReader({
    ...(context.mapping ? { mapping: context.mapping } : {}),
    profile: Object.fromEntries(Object.entries(profile.columns ?? {}).map(([h, c]) => [h, readProfileColumn(c)])),
  });
  const summary = readSummary(workbook);
  const registers: RawRegister[] = [];
  const orphans: SourceField[] = [];
  const orphanWarnings: ParseWarning[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet === summary.sheet || sheet.rows.length === 0) continue;
    const header = findTableHeader(sheet, reader);
    if (!header) {
      orphans.push(...keepSheetCells(sheet, file, 'is no register sheet of the export', orphanWarnings));
      continue;
    }
    const warnings: ParseWarning[] = [];
    const treatments = readTableRows(sheet, header, { file, warnings, firstOrdinal: 1 }).map(readExportedTreatment);
    if (treatments.length === 0) continue;
    const entry = summary.entries.get(foldHeader(sheet.name)) ?? {};
    const iriSlug = registerSlugOf(treatments[0]!);
    const slug = entry.slug && SLUG.test(entry.slug) ? entry.slug : iriSlug;
    registers.push({
      file,
      layout: 'table',
      profile: OWN_EXPORT_PROFILE,
      ...(slug ? { slug } : {}),
      ...(entry.language ? { language: entry.language } : {}),
      title: entry.title ?? treatments[0]!.fields.find((f) => f.label === 'Registre')?.text ?? sheet.name,
      location: { sheet: sheet.name, cell: `A1:${formatCellAddress(sheet.rows.length - 1, measureSheetWidth(sheet) - 1)}` },
      preamble: [],
      treatments,
      warnings,
    });
  }
  if (registers[0]) {
    registers[0].preamble.push(...orphans);
    registers[0].warnings.push(...orphanWarnings);
  }
  return registers;
}

/** The values as the register says them; the treatment's slug from the IRI it was exported with; N° a number only when
 * it is not the row's rank. */
function readExportedTreatment(treatment: RawTreatment): RawTreatment {
  // "Non renseigné" is what our writer says where the register says nothing: no value to build.
  const fields = treatment.fields.filter((f) => f.text.trim() !== NOT_STATED).map((f): SourceField => {
    const reading = decodeOwnExportCell(f.key, f.text);
    return reading === f.text ? f : { ...f, reading };
  });
  const iri = fields.find((f) => f.label === 'IRI du traitement')?.text ?? '';
  const slug = decodeURIComponent(iri.slice(iri.lastIndexOf('/') + 1));
  const { number, ...rest } = treatment;
  return {
    ...rest,
    ...(number !== undefined && number !== String(treatment.ordinal) ? { number } : {}),
    ...(iri.includes('/treatment/') && TREATMENT_SLUG.test(slug) ? { slug } : {}),
    fields,
  };
}

function registerSlugOf(treatment: RawTreatment): string | undefined {
  const iri = treatment.fields.find((f) => f.label === 'IRI du traitement')?.text ?? '';
  const match = /\/register\/([^/]+)\/treatment\//.exec(iri);
  const slug = match ? decodeURIComponent(match[1]!) : undefined;
  return slug && SLUG.test(slug) ? slug : undefined;
}

/** The "Sommaire" sheet: a row per register with its title, identifier, sheet and language. */
function readSummary(workbook: Workbook): { sheet?: WorkbookSheet; entries: Map<string, SummaryEntry> } {
  const entries = new Map<string, SummaryEntry>();
  for (const sheet of workbook.sheets) {
    const header = (sheet.rows[0] ?? []).map((cell) => foldHeader(cell?.text ?? ''));
    const at = (name: string) => header.indexOf(foldHeader(name));
    const [title, slug, sheetName, language] = [at('Registre'), at('Identifiant'), at('Feuille'), at('Langue')];
    if (title < 0 || slug < 0 || sheetName < 0) continue;
    for (const row of sheet.rows.slice(1)) {
      const name = row?.[sheetName]?.text;
      if (!name) continue;
      const tag = languageSchema.safeParse(language >= 0 ? row?.[language]?.text : undefined);
      entries.set(foldHeader(name), {
        ...(row?.[slug]?.text ? { slug: row[slug]!.text } : {}),
        ...(row?.[title]?.text ? { title: row[title]!.text } : {}),
        ...(tag.success ? { language: tag.data } : {}),
      });
    }
    return { sheet, entries };
  }
  return { entries };
}
