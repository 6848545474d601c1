// Rebuilds one page as fixed-width text lines, like `pdftotext -layout`: rows by baseline, columns by x.
import { estimateCharWidth } from './estimate-char-width.ts';
import { groupIntoLines } from './group-into-lines.ts';
import type { PlacedText } from './placed-text.ts';

/** Runs closer than this share of the font size, with no space run between them, are one word cut by
 * the PDF producer ("Parliame" + "nt", "Postal address" + ": Rue"): joined without a space. A real
 * space is about a quarter em, though tight justification can shrink it to a tenth. */
const SAME_WORD_SHARE = 0.1;
/** Vertical gaps are rendered as blank lines, one per line pitch (1.2 em) skipped, at most this many. */
const MAX_BLANK_LINES = 4;

/** @returns the page's text lines, without line ends; empty for a page without text */
export function layOutPage(texts: readonly PlacedText[]): string[] {
  if (texts.length === 0) return [];
  const charWidth = estimateCharWidth(texts);
  const left = Math.min(...texts.map((text) => text.x));
  const rows = groupIntoLines(texts);
  const out: string[] = [];
  let previousBaseline: number | undefined;
  for (const row of rows) {
    const first = row[0]!;
    if (previousBaseline !== undefined) {
      const skipped = Math.round((first.y - previousBaseline) / (1.2 * first.size)) - 1;
      for (let i = 0; i < Math.min(Math.max(skipped, 0), MAX_BLANK_LINES); i += 1) out.push('');
    }
    previousBaseline = first.y;
    out.push(renderRow(row, left, charWidth));
  }
  return out;
}

function renderRow(row: readonly PlacedText[], left: number, charWidth: number): string {
  let line = '';
  let previousEnd: number | undefined;
  for (const text of row) {
    const gap = previousEnd === undefined ? Number.POSITIVE_INFINITY : text.x - previousEnd;
    // Runs overlapping by more than that are not one word but two texts colliding: kept apart.
    if (Math.abs(gap) < SAME_WORD_SHARE * text.size) {
      line += text.spaceBefore ? ` ${text.text}` : text.text;
    } else {
      const column = Math.round((text.x - left) / charWidth);
      // A run never overwrites the one before it: at worst it moves right, one space after it.
      const start = line === '' ? column : Math.max(column, line.length + 1);
      line = line.padEnd(start, ' ') + text.text;
    }
    previousEnd = text.x + text.width;
  }
  return line.trimEnd();
}
