// Reads one fiche sheet of the CNIL model (the worked example, or a fiche a DPO filled in): fields and row items.
import type { ParseWarning, RawItem } from '../../model/raw-register.ts';
import type { FieldKey, SourceField } from '../../model/source-field.ts';
import type { WorkbookCell, WorkbookSheet } from '../workbook/workbook.ts';
import { readCellField } from '../workbook/read-cell-field.ts';
import { readDateField } from '../workbook/read-date-field.ts';
import { type CnilSection, type CnilTemplate, foldLabel, indexLabels } from './cnil-template-vocabulary.ts';
import { excerptCell } from '../workbook/excerpt-cell.ts';

export interface FicheReading {
  readonly sheet: WorkbookSheet;
  /** The fiche's "N° / RÉF", which the list of treatments names it by. */
  readonly reference?: string;
  /** Every content cell, in row order. */
  readonly fields: SourceField[];
  readonly items: RawItem[];
  /** False for the empty model fiche: nothing but its reference. */
  readonly filled: boolean;
  /** Rows 0…lastRow and columns 0…lastColumn hold the fiche. */
  readonly lastRow: number;
  readonly lastColumn: number;
}

/** A fiche sheet prints the signature labels ("N° / RÉF", "Finalité principale") in its first column. */
export function isFicheSheet(sheet: WorkbookSheet, template: CnilTemplate): boolean {
  const labels = new Set(sheet.rows.map((row) => (row?.[0] ? foldLabel(row[0].text) : '')));
  return template.fiche.signature.every((label) => labels.has(foldLabel(label)));
}

/** A range of columns under one header cell (merged headers span several). */
interface ColumnRange {
  readonly from: number;
  readonly to: number;
  readonly part: string;
  readonly header: string;
}

type Block = { kind: 'actors'; columns: ColumnRange[] } | { kind: 'section'; spec: CnilSection; columns: ColumnRange[] };

/**
 * Reads the fiche from the first row whose first cell is a label of the model down to its end. The title block above
 * is the model's; computed cells (links to the CNIL's pages, the reference repeated) restate other cells. Any other
 * non-empty cell the model has no place for is kept as an "other" field, with a warning naming it.
 */
export function readFicheSheet(sheet: WorkbookSheet, file: string, template: CnilTemplate, warnings: ParseWarning[]): FicheReading {
  const fields = indexLabels(template.fiche.fields);
  const actorRows = indexLabels(template.fiche.actors.rows);
  const actorColumns = indexLabels(template.fiche.actors.columns);
  const sections = new Map(template.fiche.sections.map((s) => [foldLabel(s.heading), s]));
  const headings = new Set(template.fiche.headings.map(foldLabel));
  const skipped = new Set([...template.fiche.placeholders, ...template.templateTexts].map(foldLabel));
  const isValue = (cell: WorkbookCell | undefined): cell is WorkbookCell =>
    cell !== undefined && cell.text !== '' && cell.formula === undefined && !skipped.has(foldLabel(cell.text));

  const out: SourceField[] = [];
  const items: RawItem[] = [];
  let reference: string | undefined;
  let block: Block | undefined;
  let started = false;
  let lastRow = 0;
  let lastColumn = 0;

  // A for loop, not forEach: an empty row is a hole in the sparse array, which forEach would skip.
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    // The model separates its blocks by an empty row: one ends a block, so a note below it is no row of the block.
    if (!row || row.every((cell) => cell === undefined || cell.text === '')) {
      block = undefined;
      continue;
    }
    readRow(row, r);
  }

  function readRow(row: NonNullable<WorkbookSheet['rows'][number]>, r: number): void {
    row.forEach((cell, c) => {
      if (cell) [lastRow, lastColumn] = [Math.max(lastRow, r + (cell.span?.rows ?? 1) - 1), Math.max(lastColumn, c + (cell.span?.columns ?? 1) - 1)];
    });
    const first = row[0];
    const label = first ? foldLabel(first.text) : '';
    const values = row.map((cell, c) => (c > 0 && isValue(cell) ? c : -1)).filter((c) => c > 0);
    const key = fields.get(label);
    if (key !== undefined) {
      started = true;
      block = undefined;
      const c = values[0];
      if (c === undefined) return;
      const field = key === 'creationDate' || key === 'lastUpdate'
        ? readDateField(sheet, { row: r, column: c }, { key, label: first!.text }, { file, warnings })
        : readCellField(sheet, r, c, key, first!.text);
      if (field) out.push(field);
      if (key === 'referenceNumber') reference = field?.text;
      keepOthers(values.slice(1), r, first!.text);
      return;
    }
    if (label === foldLabel(template.fiche.actors.heading)) {
      started = true;
      block = { kind: 'actors', columns: readColumns(row, actorColumns) };
      return;
    }
    const section = sections.get(label);
    if (section) {
      started = true;
      block = { kind: 'section', spec: section, columns: section.columns ? readColumns(row, indexLabels(section.columns)) : [] };
      return;
    }
    if (headings.has(label)) {
      started = true;
      block = undefined;
      return;
    }
    if (!started || values.length === 0) return;
    const role = block?.kind === 'actors' ? actorRows.get(label) : undefined;
    if (block?.kind === 'actors' && role) {
      items.push(readItem('party', role, r, values, block.columns, partyKey(role), `${template.fiche.actors.heading} › ${first!.text}`));
    } else if (block?.kind === 'section') {
      const variant = block.spec.variant ?? rowVariant(block.spec, label);
      const name = first?.text ?? '';
      items.push(readItem(block.spec.kind, variant, r, values, block.columns, block.spec.key, `${block.spec.heading} › ${name}`, name));
    } else keepOthers(values, r, first?.text ?? '');
  }

  const filled = out.some((f) => f.key !== 'referenceNumber') || items.length > 0;
  return { sheet, ...(reference !== undefined ? { reference } : {}), fields: out, items, filled, lastRow, lastColumn };

  function readItem(kind: RawItem['kind'], variant: string | undefined, r: number, values: number[], columns: ColumnRange[], key: FieldKey, label: string, itemLabel = label): RawItem {
    const parts: Record<string, SourceField> = {};
    for (const c of values) {
      const column = columns.find((range) => c >= range.from && c <= range.to);
      const part = column?.part ?? (kind === 'purpose' && !parts.text ? 'text' : `other-${c}`);
      const partKey: FieldKey = part === 'retention' ? 'retention' : column || part === 'text' ? key : 'other';
      const field = readCellField(sheet, r, c, partKey, column ? `${label} › ${column.header}` : label);
      if (!field) continue;
      parts[part] = field;
      out.push(field);
      if (!column && part !== 'text') warnings.push(outsideModel(field));
    }
    return { kind, label: itemLabel, ...(variant ? { variant } : {}), parts };
  }

  function keepOthers(values: number[], r: number, rowLabel: string): void {
    for (const c of values) {
      const field = readCellField(sheet, r, c, 'other', rowLabel || 'Cellule hors du modèle');
      if (!field) continue;
      out.push(field);
      warnings.push(outsideModel(field));
    }
  }

  function outsideModel(field: SourceField): ParseWarning {
    return { file, line: field.lines.first, location: field.location!, message: `the model has no place for "${excerptCell(field.text)}": kept as it is` };
  }
}

/** The header cells of a block's heading row, each over the columns its merged range spans. */
function readColumns(row: ReadonlyArray<WorkbookCell | undefined>, labels: ReadonlyMap<string, string>): ColumnRange[] {
  const columns: ColumnRange[] = [];
  row.forEach((cell, c) => {
    const part = c > 0 && cell ? labels.get(foldLabel(cell.text)) : undefined;
    if (part && cell) columns.push({ from: c, to: c + (cell.span?.columns ?? 1) - 1, part, header: cell.text });
  });
  // A value written right of its header's merged range (no merge in the DPO's copy) still belongs to that header.
  return columns.map((column, i) => ({ ...column, to: Math.max(column.to, (columns[i + 1]?.from ?? Number.MAX_SAFE_INTEGER) - 1) }));
}

/** "Finalité principale" is the main purpose; "Sous-finalité 3" a sub-purpose. */
function rowVariant(section: CnilSection, label: string): string | undefined {
  for (const [prefix, variant] of indexLabels(section.rows ?? {})) if (label.startsWith(prefix)) return variant;
  return undefined;
}

function partyKey(role: string): FieldKey {
  if (role === 'controller') return 'controllers';
  if (role === 'representative') return 'representative';
  if (role === 'joint-controller') return 'jointControllers';
  return 'dpo';
}
