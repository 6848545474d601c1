// Tells which known item label the label words read for one item are, once the item is complete.
import { foldedItemLabels, type FoldedItemLabel } from './folded-item-labels.ts';

export type ResolvedItemLabel =
  | { readonly kind: 'complete'; readonly match: FoldedItemLabel }
  /** The words begin exactly one known label but stop short of its end. */
  | { readonly kind: 'truncated'; readonly match: FoldedItemLabel }
  /** The words begin several labels of different items ("Name and contact details of"). */
  | { readonly kind: 'ambiguous'; readonly matches: readonly FoldedItemLabel[] }
  | { readonly kind: 'unknown' };

export function resolveItemLabel(folded: string): ResolvedItemLabel {
  const exact = foldedItemLabels.find((candidate) => candidate.folded === folded);
  if (exact) return { kind: 'complete', match: exact };
  const matches = folded === '' ? [] : foldedItemLabels.filter((candidate) => candidate.folded.startsWith(folded));
  const [first] = matches;
  if (first === undefined) return { kind: 'unknown' };
  // Two variants of one item's label ("Very short …", "Short …") are no ambiguity about the item.
  if (matches.every((candidate) => candidate.entry === first.entry)) return { kind: 'truncated', match: first };
  return { kind: 'ambiguous', matches };
}
