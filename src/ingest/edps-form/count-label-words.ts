// Counts how many leading words of a line carry on an item label, comparing folded text with the known labels.
import { normalizeLabel } from '../miom-blocks/normalize-label.ts';
import { foldedItemLabels } from './folded-item-labels.ts';

/**
 * pdftotext packs the label and description columns so close that one space may be all that separates
 * them ("Name and contact details of joint n/a"), and a label's last words may even stand right of
 * where the page's "Description" header starts: columns cannot tell where a label ends, its words can.
 * A word belongs to the label while the label read so far, with that word, still begins a known label.
 * @param foldedSoFar the folded label words already read for this item ('' on its number line)
 */
export function countLabelWords(foldedSoFar: string, words: readonly string[]): number {
  let folded = foldedSoFar;
  let count = 0;
  for (const word of words) {
    const foldedWord = normalizeLabel(word);
    // Punctuation alone ("-", "•") carries no label text: it starts the description.
    if (foldedWord === '') break;
    const next = folded + foldedWord;
    if (!foldedItemLabels.some((candidate) => candidate.folded.startsWith(next))) break;
    folded = next;
    count += 1;
  }
  return count;
}
