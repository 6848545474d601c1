// Finds a table's header row (a title block above it allowed) and reads its columns, two-row headers included.
import type { FieldKey } from '../../model/source-field.ts';
import type { Language } from '../../model/language-tag.ts';
import type { WorkbookCell, WorkbookSheet } from '../workbook/workbook.ts';
import type { HeaderReader } from './header-vocabulary.ts';

/** Header rows are looked for this far down: a title block of a few rows, never the data. */
const HEADER_SEARCH_ROWS = 30;
/** A header names this many register fields at least, one of them a treatment's name or its purposes. */
const MIN_FIELDS = 3;

export interface TableColumn {
  /** The columns the header cell spans (a merged header, or a sub-header of one). */
  readonly from: number;
  readonly to: number;
  readonly key: FieldKey;
  /** The header as printed: "Finalités", or "Destinataires › Internes" under a merged group header. */
  readonly label: string;
  /** False for a column no register field is known for: its cells are kept under their header. */
  readonly known: boolean;
  /** A tool's yes/no column: what a "yes" stands for. */
  readonly flag?: string;
  /** A tool's sheet of items: the part of the item the column holds. */
  readonly part?: string;
}

export interface TableHeader {
  readonly row: number;
  /** The first data row: after the header, and after its sub-header row when it has one. */
  readonly dataRow: number;
  readonly columns: readonly TableColumn[];
  /** The languages of the synonyms recognised, one per column that has one. */
  readonly languages: readonly Language[];
}

export function findTableHeader(sheet: WorkbookSheet, reader: HeaderReader): TableHeader | undefined {
  let best: { row: number; fields: number } | undefined;
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
    const keys = new Set<FieldKey>();
    for (const cell of sheet.rows[r] ?? []) {
      const match = cell ? reader.match(cell.text) : undefined;
      if (match && match.key !== 'other') keys.add(match.key);
    }
    if (keys.size >= MIN_FIELDS && (keys.has('title') || keys.has('purposes')) && keys.size > (best?.fields ?? 0)) best = { row: r, fields: keys.size };
  }
  return best === undefined ? undefined : readHeader(sheet, best.row, reader);
}

function readHeader(sheet: WorkbookSheet, row: number, reader: HeaderReader): TableHeader {
  const cells = sheet.rows[row] ?? [];
  const below = sheet.rows[row + 1] ?? [];
  // A merged group header ("Destinataires" over two columns) with a row of sub-headers below it.
  const grouped = cells.some((cell, c) => cell?.span && cell.span.columns > 1 && textIn(below, c, c + cell.span.columns - 1));
  const columns: TableColumn[] = [];
  const languages: Language[] = [];
  cells.forEach((cell, c) => {
    if (!cell || cell.text === '') return;
    const to = c + (cell.span?.columns ?? 1) - 1;
    const group = reader.match(cell.text);
    if (grouped && to > c && textIn(below, c, to)) {
      for (let sub = c; sub <= to; sub++) {
        const subCell = below[sub];
        const own = subCell ? reader.match(subCell.text) : undefined;
        const match = own ?? group;
        const label = subCell ? `${cell.text} › ${subCell.text}` : cell.text;
        columns.push({ from: sub, to: sub, key: match?.key ?? 'other', label, known: match !== undefined });
        if (match?.language) languages.push(match.language);
      }
      return;
    }
    columns.push({ from: c, to, key: group?.key ?? 'other', label: cell.text, known: group !== undefined, ...(group?.flag ? { flag: group.flag } : {}), ...(group?.part ? { part: group.part } : {}) });
    if (group?.language) languages.push(group.language);
  });
  return { row, dataRow: grouped ? row + 2 : row + 1, columns, languages };
}

function textIn(row: ReadonlyArray<WorkbookCell | undefined>, from: number, to: number): boolean {
  for (let c = from; c <= to; c++) if (row[c] && row[c]!.text !== '') return true;
  return false;
}
