// Picks the cell that untabbed "spill" lines continue: the one left open by the row before them.
import { stripTags } from './strip-tags.ts';

export interface SpillChoice {
  readonly column: number;
  /** Set when the signals did not single out one column and a guess was made. */
  readonly doubt?: string;
}

/** Sentence ends: a cell ending otherwise was cut and is still "open". */
const closedCell = /[.;!?]$/;

/**
 * When one cell is too long for a page, the PDF text extraction sometimes drops the table grid and
 * prints the overflow as plain lines (003's first treatment). Two signals point at that cell: it is
 * open in the row before (no sentence end), and the next continuation row goes on with it. We take
 * the columns both signals agree on; failing that, one signal alone; failing both, the last filled
 * cell of the row before.
 */
export function chooseSpillColumn(
  previousCells: readonly string[],
  nextContinuationCells: readonly string[] | undefined,
): SpillChoice {
  const filled = (cells: readonly string[]): number[] =>
    cells.flatMap((cell, index) => (stripTags(cell) === '' ? [] : [index]));
  const open = filled(previousCells).filter((index) => !closedCell.test(stripTags(previousCells[index] ?? '')));
  const continued = nextContinuationCells === undefined ? [] : filled(nextContinuationCells);
  const both = open.filter((index) => continued.includes(index));
  const sure = both.length > 0 ? both : continued.length === 1 ? continued : open;
  if (sure.length === 1) return { column: sure[0] as number };
  const pool = both.length > 0 ? both : open.length > 0 ? open : filled(previousCells);
  const column = pool[pool.length - 1] ?? 0;
  return { column, doubt: `cannot tell which cell untabbed lines continue: attached to column ${column + 1}` };
}
