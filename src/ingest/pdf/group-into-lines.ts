// Groups the placed texts of a page into printed lines by baseline, top to bottom, each left to right.
import type { PlacedText } from './placed-text.ts';

/** Share of the font size two baselines may differ by and still be one line: runs of one row differ by
 * a fraction of a point, while the label and description cells of the EDPS form can interleave their
 * lines half a line apart, which must stay two lines as pdftotext prints them. */
const SAME_LINE_SHARE = 0.3;

export function groupIntoLines(texts: readonly PlacedText[]): PlacedText[][] {
  const sorted = [...texts].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PlacedText[][] = [];
  let current: PlacedText[] = [];
  let baseline = Number.NEGATIVE_INFINITY;
  for (const text of sorted) {
    if (current.length > 0 && text.y - baseline > SAME_LINE_SHARE * text.size) {
      lines.push(current);
      current = [];
    }
    // The line keeps the baseline of its first run, so a slow drift cannot chain lines together.
    if (current.length === 0) baseline = text.y;
    current.push(text);
  }
  if (current.length > 0) lines.push(current);
  return lines.map((line) => line.sort((a, b) => a.x - b.x));
}
