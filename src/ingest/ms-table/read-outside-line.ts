// Reads one non-blank line outside the table (before the first header or after the last row).
import type { SourceField } from '../../model/source-field.ts';
import type { SourceLine } from './source-line.ts';

export type OutsideLine = { readonly kind: 'title'; readonly text: string; readonly line: number } | { readonly kind: 'field'; readonly field: SourceField };

/** Labels are ours (lower case), the text is the whole line verbatim, so that nothing is lost. */
const outsidePatterns: ReadonlyArray<readonly [RegExp, Pick<SourceField, 'key' | 'label'>]> = [
  [/^mesures de sécurité/i, { key: 'securityMeasures', label: 'mesures de sécurité' }],
  [/exercice des droits\s*:/i, { key: 'other', label: 'exercice des droits' }],
  // The footnote of the "Catégories de destinataires*" header; "\*" when the extraction escaped it.
  [/^\\?\*/, { key: 'other', label: 'note' }],
  [/\b\d{5}\b/, { key: 'other', label: 'adresse' }],
];

/** "Registre de …" is the register title; any other line becomes a SourceField ('note' when unknown). */
export function readOutsideLine(line: SourceLine): OutsideLine {
  const text = line.text.trim();
  if (/^registre\b/i.test(text)) return { kind: 'title', text, line: line.number };
  const known = outsidePatterns.find(([pattern]) => pattern.test(text))?.[1];
  const { key, label } = known ?? { key: 'other', label: 'note' };
  return { kind: 'field', field: { key, label, text, lines: { first: line.number, last: line.number } } };
}
