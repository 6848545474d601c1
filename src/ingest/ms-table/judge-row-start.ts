// Decides whether a data row opens a new treatment or continues the previous one after a page break.
import type { TableColumn } from './table-column.ts';
import { stripTags } from './strip-tags.ts';

export interface RowStart {
  readonly startsTreatment: boolean;
  /** Set when the case of the title disagrees with the rule, so that a human can check the row. */
  readonly doubt?: string;
}

/**
 * A row opens a treatment when both its Intitulé cell and its anchor cell (RT, or Finalités when the
 * table has no RT column) are filled. Why the anchor: when a page break cuts a treatment, the PDF
 * exporter repeats the row with the rest of each cell; the short RT cell (one entity name) nearly
 * always fits on the first page, so a row with a title but no RT is the end of a cut title
 * ("fichiers multimédias", "<p>support Pass-ITSM</p>"). The case of the title's first letter is a
 * second signal (cut titles resume in lower case); it is only reported, never decisive.
 */
export function judgeRowStart(cells: readonly string[], columns: readonly TableColumn[]): RowStart {
  const titleIndex = columns.findIndex((c) => c.key === 'title');
  const controllersIndex = columns.findIndex((c) => c.key === 'controllers');
  const anchorIndex = controllersIndex >= 0 ? controllersIndex : columns.findIndex((c) => c.key === 'purposes');
  const title = stripTags(cells[titleIndex] ?? '');
  const anchorFilled = stripTags(cells[anchorIndex] ?? '') !== '';
  if (title === '') return { startsTreatment: false };
  const anchorLabel = columns[anchorIndex]?.label ?? 'RT';
  const initial = title.charAt(0);
  const lowerInitial = initial !== initial.toUpperCase();
  const upperInitial = initial !== initial.toLowerCase();
  if (anchorFilled) {
    return lowerInitial
      ? { startsTreatment: true, doubt: `title "${title}" starts in lower case but ${anchorLabel} is filled: read as a new treatment` }
      : { startsTreatment: true };
  }
  return upperInitial
    ? { startsTreatment: false, doubt: `title "${title}" starts in upper case but ${anchorLabel} is empty: read as the end of the previous title` }
    : { startsTreatment: false };
}
