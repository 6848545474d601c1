// Result rows of the report queries turned into cited source fields, and the small grouping helpers the report needs.
import type * as RDF from '@rdfjs/types';
import type { Citation } from './citation.ts';
import type { SourceFieldView } from './cnil-report.ts';

/** One solution of a SELECT, by variable name. */
export type Row = Record<string, RDF.Term>;

/**
 * The source fields of each subject, merged by IRI: a field node may carry several texts or line ranges
 * (cells of one key that the graph keeps under one node); its citation then spans them all.
 */
export function groupFields(rows: readonly Row[], by?: string): Map<string, SourceFieldView[]> {
  const byField = new Map<string, { owner: string; key: string; label: string; verbatims: string[]; file: string; first: number; last: number; cell: CellPart }>();
  for (const row of rows) {
    const iri = row.field!.value;
    const first = Number(row.first!.value);
    const last = Number(row.last!.value);
    const known = byField.get(iri);
    const verbatim = row.verbatim?.value;
    if (known) {
      known.first = Math.min(known.first, first);
      known.last = Math.max(known.last, last);
      if (verbatim !== undefined && !known.verbatims.includes(verbatim)) known.verbatims.push(verbatim);
      continue;
    }
    byField.set(iri, {
      owner: by ? row[by]!.value : '',
      key: row.key!.value,
      label: row.label?.value ?? row.key!.value,
      verbatims: verbatim === undefined ? [] : [verbatim],
      file: row.file!.value,
      first,
      last,
      cell: cellOf(row),
    });
  }
  const grouped = new Map<string, SourceFieldView[]>();
  for (const [iri, f] of byField) {
    push(grouped, f.owner, { iri, key: f.key, label: f.label, verbatim: f.verbatims.join('\n'), citation: { file: f.file, first: f.first, last: f.last, ...f.cell } });
  }
  return grouped;
}

export function citationOf(row: Row): Citation | undefined {
  if (!row.file || !row.first || !row.last) return undefined;
  return { file: row.file.value, first: Number(row.first.value), last: Number(row.last.value), ...cellOf(row) };
}

type CellPart = Pick<Citation, 'sheet' | 'cell'>;

/** A spreadsheet's sheet and cell (?sheet, ?cell), when the row has them. */
function cellOf(row: Row): CellPart {
  return row.sheet && row.cell ? { sheet: row.sheet.value, cell: row.cell.value } : {};
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) push(map, key(item), item);
  return map;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
