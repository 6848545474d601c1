// Reads the CNIL model's "Liste des traitements" sheet: the organisation block above, one row per treatment below.
import type { ParseWarning, RawItem } from '../../model/raw-register.ts';
import type { FieldKey, SourceField } from '../../model/source-field.ts';
import type { WorkbookCell, WorkbookSheet } from '../workbook/workbook.ts';
import { readCellField } from '../workbook/read-cell-field.ts';
import { readDateField } from '../workbook/read-date-field.ts';
import { excerptCell } from '../workbook/excerpt-cell.ts';
import { type CnilTemplate, foldLabel, indexLabels } from './cnil-template-vocabulary.ts';

export interface ListEntry {
  readonly row: number;
  readonly reference?: string;
  readonly fields: SourceField[];
  /** The "Données sensibles ? Oui/non" answer, when it is one. */
  readonly sensitive?: { readonly said: boolean; readonly field: SourceField };
}

export interface ListReading {
  readonly sheet: WorkbookSheet;
  readonly entries: ListEntry[];
  /** The organisation block: controller, representative, DPO, with their contact details. */
  readonly parties: RawItem[];
  readonly preamble: SourceField[];
  readonly headerRow: number;
}

/** The list's header row names the treatment and its "N° / RÉF" side by side. */
export function findListHeader(sheet: WorkbookSheet, template: CnilTemplate): number | undefined {
  const columns = indexLabels(template.list.columns);
  const index = sheet.rows.findIndex((row) => {
    const keys = new Set((row ?? []).map((cell) => (cell ? columns.get(foldLabel(cell.text)) : undefined)));
    return keys.has('title') && keys.has('referenceNumber');
  });
  return index < 0 ? undefined : index;
}

export function readListSheet(sheet: WorkbookSheet, headerRow: number, file: string, template: CnilTemplate, warnings: ParseWarning[]): ListReading {
  const columns = readListColumns(sheet, headerRow, template);
  const skipped = new Set(template.templateTexts.map(foldLabel));
  const yes = new Set(template.list.yes.map(foldLabel));
  const no = new Set(template.list.no.map(foldLabel));
  const entries: ListEntry[] = [];
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row || !row.some((cell) => cell && cell.text !== '')) continue;
    const fields: SourceField[] = [];
    let sensitive: ListEntry['sensitive'];
    row.forEach((cell, c) => {
      if (!cell || cell.text === '' || cell.formula !== undefined) return;
      const column = columns.get(c);
      const key: FieldKey = column?.key ?? 'other';
      const label = column?.header ?? `Liste des traitements, colonne ${c + 1}`;
      const field = key === 'creationDate' || key === 'lastUpdate'
        ? readDateField(sheet, { row: r, column: c }, { key, label }, { file, warnings })
        : readCellField(sheet, r, c, key, label);
      if (!field) return;
      fields.push(field);
      if (key === 'sensitiveData' && (yes.has(foldLabel(cell.text)) || no.has(foldLabel(cell.text)))) sensitive = { said: yes.has(foldLabel(cell.text)), field };
      if (!column) warnings.push({ file, line: field.lines.first, location: field.location!, message: `the list has no column header above "${excerptCell(field.text)}": kept as it is` });
    });
    if (fields.length === 0) continue;
    const reference = fields.find((f) => f.key === 'referenceNumber')?.text;
    entries.push({ row: r, ...(reference !== undefined ? { reference } : {}), fields, ...(sensitive ? { sensitive } : {}) });
  }
  const { parties, preamble } = readOrganisationBlock(sheet, headerRow, file, template, skipped, warnings);
  return { sheet, entries, parties, preamble, headerRow };
}

/**
 * A column's header is its cell in the header row, else the merged group header above it ("Finalité du traitement"
 * over E:G, "Données sensibles ?" over H:I whose own cell says "Oui/non").
 */
function readListColumns(sheet: WorkbookSheet, headerRow: number, template: CnilTemplate): Map<number, { key: FieldKey; header: string }> {
  const labels = indexLabels(template.list.columns);
  const columns = new Map<number, { key: FieldKey; header: string }>();
  const header = sheet.rows[headerRow] ?? [];
  const above = sheet.rows[headerRow - 1] ?? [];
  const width = Math.max(header.length, above.length);
  for (let c = 0; c < width; c++) {
    const own = header[c];
    const group = groupAbove(above, c);
    const ownKey = own ? labels.get(foldLabel(own.text)) : undefined;
    const groupKey = group ? labels.get(foldLabel(group.text)) : undefined;
    if (ownKey) columns.set(c, { key: ownKey, header: own!.text });
    else if (groupKey) columns.set(c, { key: groupKey, header: own ? `${group!.text} ${own.text}` : group!.text });
  }
  return columns;
}

/** The cell of the row above whose merged range covers column c. */
function groupAbove(row: ReadonlyArray<WorkbookCell | undefined>, c: number): WorkbookCell | undefined {
  for (let start = c; start >= 0; start--) {
    const cell = row[start];
    if (cell) return start + (cell.span?.columns ?? 1) - 1 >= c ? cell : undefined;
  }
  return undefined;
}

/**
 * Above the list: blocks labelled in the first column ("Coordonnées du délégué à la protection des données (DPO)"),
 * each a few rows of "Label :" cells with the value in the next cell to the right.
 */
function readOrganisationBlock(sheet: WorkbookSheet, headerRow: number, file: string, template: CnilTemplate, skipped: ReadonlySet<string>, warnings: ParseWarning[]) {
  const blocks = indexLabels(template.list.blocks);
  const contacts = indexLabels(template.list.contactLabels);
  const listHeadings = new Set(Object.keys(template.list.columns).map(foldLabel));
  const parties: RawItem[] = [];
  const preamble: SourceField[] = [];
  let current: { role: string; label: string; until: number; parts: Record<string, SourceField> } | undefined;
  const close = () => {
    if (current && Object.keys(current.parts).length > 0) parties.push({ kind: 'party', label: current.label, variant: current.role, parts: current.parts });
    current = undefined;
  };
  // The row of group headers right above the header row ("Finalité du traitement") belongs to the list.
  const groupRow = (sheet.rows[headerRow - 1] ?? []).some((cell) => cell && listHeadings.has(foldLabel(cell.text)));
  for (let r = 0; r < (groupRow ? headerRow - 1 : headerRow); r++) {
    const row = sheet.rows[r];
    if (current && r > current.until) close();
    if (!row) continue;
    // A block's label may add a note on its next line: "(responsable de traitement ou son représentant …)".
    const role = row[0] ? blocks.get(foldLabel(row[0].text.split('\n')[0]!)) : undefined;
    if (role && row[0]) {
      close();
      current = { role, label: row[0].text.split('\n')[0]!.trim(), until: r + (row[0].span?.rows ?? 1) - 1, parts: {} };
    }
    for (let c = role ? 1 : 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || cell.text === '' || cell.formula !== undefined || skipped.has(foldLabel(cell.text)) || listHeadings.has(foldLabel(cell.text))) continue;
      const part = contacts.get(foldLabel(cell.text));
      if (part) {
        const value = row[c + 1];
        if (current && value && value.text !== '' && !contacts.has(foldLabel(value.text))) {
          const field = readCellField(sheet, r, c + 1, roleKey(current.role), `${current.label} › ${cell.text.replace(/\s*:$/, '')}`)!;
          current.parts[part] = field;
          preamble.push(field);
        }
        c += 1;
        continue;
      }
      const field = readCellField(sheet, r, c, 'other', 'Liste des traitements')!;
      preamble.push(field);
      warnings.push({ file, line: field.lines.first, location: field.location!, message: `the model has no place for "${excerptCell(field.text)}": kept as it is` });
    }
  }
  close();
  return { parties, preamble };
}

function roleKey(role: string): FieldKey {
  return role === 'controller' ? 'controllers' : role === 'representative' ? 'representative' : 'dpo';
}
