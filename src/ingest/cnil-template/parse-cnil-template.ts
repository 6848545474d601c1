// The CNIL model register: the list of treatments and the fiche sheets, merged per treatment by "N° / RÉF".
import type { ParseWarning, RawRegister, RawTreatment } from '../../model/raw-register.ts';
import type { SourceField } from '../../model/source-field.ts';
import { RegisterFormatError } from '../../errors/register-format-error.ts';
import type { Workbook, WorkbookSheet } from '../workbook/workbook.ts';
import { formatCellAddress } from '../workbook/cell-address.ts';
import { keepSheetCells } from '../workbook/keep-sheet-cells.ts';
import { measureSheetWidth } from '../workbook/measure-sheet-width.ts';
import { type CnilTemplate, foldLabel, loadCnilTemplate } from './cnil-template-vocabulary.ts';
import { type FicheReading, isFicheSheet, readFicheSheet } from './read-fiche-sheet.ts';
import { type ListEntry, type ListReading, findListHeader, readListSheet } from './read-list-sheet.ts';

/** The empty model fiche ("ref-001", nothing else) is not a treatment; the tutorial and the drop-down lists are the model's. */
export function parseCnilTemplate(workbook: Workbook): RawRegister[] {
  const template = loadCnilTemplate();
  const { file } = workbook;
  const warnings: ParseWarning[] = [];
  const fiches: FicheReading[] = [];
  const preamble: SourceField[] = [];
  let list: ListReading | undefined;
  for (const sheet of workbook.sheets) {
    if (sheet.rows.length === 0 || isTemplateSheet(sheet, template)) continue;
    if (isFicheSheet(sheet, template)) {
      fiches.push(readFicheSheet(sheet, file, template, warnings));
      continue;
    }
    const header = list ? undefined : findListHeader(sheet, template);
    if (header !== undefined) list = readListSheet(sheet, header, file, template, warnings);
    else preamble.push(...keepSheetCells(sheet, file, 'is not part of the CNIL model', warnings));
  }
  const filled = fiches.filter((f) => f.filled);
  const used = new Set<FicheReading>();
  const treatments: RawTreatment[] = [];
  for (const entry of list?.entries ?? []) {
    const fiche = filled.find((f) => !used.has(f) && f.reference !== undefined && entry.reference !== undefined && foldLabel(f.reference) === foldLabel(entry.reference));
    if (fiche) used.add(fiche);
    else if (filled.length > 0) {
      const at = entry.fields[0]!;
      warnings.push({ file, line: at.lines.first, location: at.location!, message: `no fiche sheet has the N° / RÉF "${entry.reference ?? ''}": the treatment is read from its row of the list only` });
    }
    treatments.push(fiche ? readFicheTreatment(fiche, entry, treatments.length + 1) : readListTreatment(list!, entry, treatments.length + 1));
    if (fiche && entry.sensitive) checkSensitive(fiche, entry.sensitive, template, file, warnings);
  }
  for (const fiche of filled.filter((f) => !used.has(f))) {
    if (list && list.entries.length > 0) {
      warnings.push({ file, line: 1, location: { sheet: fiche.sheet.name, cell: 'A1' }, message: `the fiche "${fiche.reference ?? fiche.sheet.name}" is not in the list of treatments: read from its sheet` });
    }
    treatments.push(readFicheTreatment(fiche, undefined, treatments.length + 1));
  }
  if (treatments.length === 0) {
    const sheet = list?.sheet.name ?? fiches[0]?.sheet.name ?? workbook.sheets[0]!.name;
    throw new RegisterFormatError(file, undefined, 'the CNIL model holds no treatment: the list of treatments is empty and no fiche is filled in (the model fiche is not a treatment)', { sheet });
  }
  if (filled.length === 0 && list) warnings.push({ file, line: list.headerRow + 1, location: { sheet: list.sheet.name, cell: formatCellAddress(list.headerRow, 0) }, message: 'no fiche is filled in: the treatments are read from the list of treatments only' });

  const controller = list?.parties.find((p) => p.variant === 'controller');
  const name = [controller?.parts.firstName?.text, controller?.parts.name?.text].filter(Boolean).join(' ');
  const main = list?.sheet ?? fiches[0]!.sheet;
  return [
    {
      file,
      layout: 'cnil-template',
      title: name ? `Registre des activités de traitement de ${name}` : `Registre des activités de traitement (${file})`,
      location: { sheet: main.name, cell: `A1:${formatCellAddress(Math.max(main.rows.length - 1, 0), measureSheetWidth(main) - 1)}` },
      preamble: [...(list?.preamble ?? []), ...preamble],
      ...(list && list.parties.length > 0 ? { items: list.parties } : {}),
      treatments,
      warnings,
    },
  ];
}

function readFicheTreatment(fiche: FicheReading, entry: ListEntry | undefined, ordinal: number): RawTreatment {
  // The list restates the fiche in short (a title with "(EXEMPLE)", purposes in one cell): the fiche is read, the
  // list's cells are kept as they are.
  const listed = (entry?.fields ?? []).map((f): SourceField => ({ ...f, key: 'other', label: `Liste des traitements › ${f.label}` }));
  const reference = fiche.reference ?? entry?.reference;
  return {
    ordinal,
    ...(reference ? { number: reference } : {}),
    lines: { first: 1, last: fiche.lastRow + 1 },
    location: { sheet: fiche.sheet.name, cell: `A1:${formatCellAddress(fiche.lastRow, fiche.lastColumn)}` },
    fields: [...fiche.fields, ...listed],
    ...(fiche.items.length > 0 ? { items: fiche.items } : {}),
  };
}

function readListTreatment(list: ListReading, entry: ListEntry, ordinal: number): RawTreatment {
  const width = measureSheetWidth(list.sheet);
  return {
    ordinal,
    ...(entry.reference ? { number: entry.reference } : {}),
    lines: { first: entry.row + 1, last: entry.row + 1 },
    location: { sheet: list.sheet.name, cell: `${formatCellAddress(entry.row, 0)}:${formatCellAddress(entry.row, width - 1)}` },
    fields: entry.fields,
  };
}

/** The list's "Données sensibles ? Oui/non" answer must agree with the fiche; when not, the fiche is read and we say so. */
function checkSensitive(fiche: FicheReading, said: NonNullable<ListEntry['sensitive']>, template: CnilTemplate, file: string, warnings: ParseWarning[]): void {
  const sensitiveRows = new Set(template.fiche.sensitiveRows.map(foldLabel));
  const rows = fiche.items.filter((i) => i.kind === 'personal-data' && (i.variant === 'sensitive' || sensitiveRows.has(foldLabel(i.label))));
  if (said.said === rows.length > 0) return;
  const message = said.said
    ? `the list says "${said.field.text}" (sensitive data) but the fiche lists none: the fiche is read`
    : `the list says "${said.field.text}" (no sensitive data) but the fiche lists ${rows.map((i) => i.label).join(', ')}: the fiche is read`;
  warnings.push({ file, line: said.field.lines.first, location: said.field.location!, message });
}

function isTemplateSheet(sheet: WorkbookSheet, template: CnilTemplate): boolean {
  return template.templateSheets.some(({ cell, text }) => {
    const column = cell.charCodeAt(0) - 65;
    const row = Number(cell.slice(1)) - 1;
    const found = sheet.rows[row]?.[column];
    return found !== undefined && foldLabel(found.text) === foldLabel(text);
  });
}

