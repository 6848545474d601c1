// Which source fields a value was read from when the column's own field does not hold it (text found elsewhere in the row).
import { foldText as foldForSearch } from '../text/fold.ts';
import type { SourceFieldView } from './cnil-report.ts';

/** Shortest start of a statement that must be found, so that a text joined across pages still matches. */
const PREFIX_LENGTH = 60;

/** The fields whose verbatim text holds `text` (whole, or its first words when the whole was rejoined). */
export function fieldsHoldingText(fields: readonly SourceFieldView[], text: string): SourceFieldView[] {
  const wanted = foldForSearch(text);
  if (wanted === '') return [];
  const whole = fields.filter((f) => foldForSearch(f.verbatim).includes(wanted));
  if (whole.length > 0 || wanted.length <= PREFIX_LENGTH) return whole;
  const start = wanted.slice(0, PREFIX_LENGTH);
  return fields.filter((f) => foldForSearch(f.verbatim).includes(start));
}

/** The fields that name one of `names` as a whole word (a system's label or one of its aliases). */
export function fieldsNaming(fields: readonly SourceFieldView[], names: readonly string[]): SourceFieldView[] {
  const patterns = names
    .map(foldForSearch)
    .filter((n) => n.length >= 2)
    .map((n) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}\\p{N}])`, 'u'));
  return fields.filter((f) => {
    const folded = foldForSearch(f.verbatim);
    return patterns.some((p) => p.test(folded));
  });
}
