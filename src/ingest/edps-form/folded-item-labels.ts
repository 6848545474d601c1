// Every printed variant of the EDPS item labels, folded once for the word-by-word label matching.
import { normalizeLabel } from '../miom-blocks/normalize-label.ts';
import { edpsItemLabels, type EdpsItemLabel } from './edps-item-labels.ts';

export interface FoldedItemLabel {
  readonly entry: EdpsItemLabel;
  readonly label: string;
  /** The label without case, accents, spacing or punctuation: what a printed label is compared on. */
  readonly folded: string;
}

export const foldedItemLabels: readonly FoldedItemLabel[] = edpsItemLabels.flatMap((entry) =>
  entry.labels.map((label) => ({ entry, label, folded: normalizeLabel(label) })),
);
