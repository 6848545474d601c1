// Page layout from placed runs: rows by baseline, columns by x on the page's character grid, split words joined.
import { describe, expect, it } from 'vitest';
import { layOutPage } from '../../../src/ingest/pdf/lay-out-page.ts';
import type { PlacedText } from '../../../src/ingest/pdf/placed-text.ts';

/** A run of 12 pt text whose characters are all 6 pt wide, so that column = (x - left) / 6. */
function run(text: string, x: number, y: number, spaceBefore = false): PlacedText {
  return { text, x, y, width: 6 * text.length, size: 12, spaceBefore };
}

/** A line with `text` starting at `column`, after `before`. */
const at = (before: string, column: number, text: string): string => before.padEnd(column) + text;

describe('layOutPage', () => {
  it.each([
    { name: 'no text', runs: [], lines: [] },
    { name: 'one run', runs: [run('Nr.', 72, 100)], lines: ['Nr.'] },
    {
      name: 'runs of one row placed at their columns, the leftmost run of the page at column 0',
      runs: [run('Description', 312, 100), run('Nr.', 72, 100), run('Item', 102, 100)],
      lines: [at('Nr.  Item', 40, 'Description')],
    },
    {
      name: 'baselines a fraction of a point apart are one row',
      runs: [run('1.', 72, 100.24), run('30/11/2018', 312, 100)],
      lines: [at('1.', 40, '30/11/2018')],
    },
    {
      name: 'rows half a line apart stay two rows, top first',
      runs: [run('label', 72, 107), run('description', 312, 100)],
      lines: [at('', 40, 'description'), 'label'],
    },
    {
      name: 'a vertical gap of n line pitches becomes n - 1 blank lines',
      runs: [run('a', 72, 100), run('b', 72, 114.4), run('c', 72, 158)],
      lines: ['a', 'b', '', '', 'c'],
    },
    { name: 'at most four blank lines', runs: [run('a', 72, 100), run('b', 72, 500)], lines: ['a', '', '', '', '', 'b'] },
    { name: 'a word cut into two touching runs is joined', runs: [run('Parliame', 72, 100), run('nt', 120, 100)], lines: ['Parliament'] },
    {
      name: 'touching runs with a space run between them in the stream keep a space',
      runs: [run('necessary', 72, 100), run('for', 126.5, 100, true)],
      lines: ['necessary for'],
    },
    {
      name: 'a run that would overlap the one before it moves right, one space after it',
      runs: [run('overlong label', 72, 100), run('text', 96, 100)],
      lines: ['overlong label text'],
    },
  ])('$name', ({ runs, lines }) => {
    expect(layOutPage(runs)).toEqual(lines);
  });
});
