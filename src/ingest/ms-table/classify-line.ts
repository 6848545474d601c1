// Sorts a table-region line into blank, header, dash row, data row or untabbed spill line.
import { normaliseHeaderText } from './normalise-header-text.ts';
import { splitCells } from './split-cells.ts';

export type LineKind = 'blank' | 'header' | 'dashes' | 'row' | 'untabbed';

const dashCell = /^\s*-+\s*$/;

/** A header is recognised by its first two cells only, so that its other columns may vary by edition. */
export function classifyLine(text: string): LineKind {
  // A line of tabs and spaces only carries no text: it is as good as blank.
  if (text.trim() === '') return 'blank';
  const cells = splitCells(text);
  if (cells.every((cell) => dashCell.test(cell))) return 'dashes';
  if (cells.length === 1) return 'untabbed';
  if (normaliseHeaderText(cells[0]) === 'intitulé' && normaliseHeaderText(cells[1]) === 'finalités') return 'header';
  return 'row';
}

