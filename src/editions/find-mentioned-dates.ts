// Every full calendar date a register mentions (cells, heading, notes, last-update fields), as sorted ISO dates.
import type { Register } from '../model/treatment.ts';
import { parseFrenchDate } from '../model/text/parse-french-date.ts';
import { foldText } from '../text/fold.ts';

const MONTH = '(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)';
/** Candidates only; parseFrenchDate decides whether each is a real date. */
const CANDIDATES = new RegExp(
  [`(?<!\\d)\\d{1,2}\\s*[/.]\\s*\\d{1,2}\\s*[/.]\\s*\\d{4}(?!\\d)`, `(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?!\\d)`, `(?<![a-z\\d])(?:1er|\\d{1,2})\\s+${MONTH}\\s+\\d{4}(?!\\d)`].join('|'),
  'g',
);

export function findMentionedDates(register: Register): string[] {
  const texts = [
    ...register.preamble.map((f) => f.text),
    ...register.treatments.flatMap((t) => t.fields.map((f) => f.text)),
  ];
  const dates = new Set<string>();
  for (const text of texts) {
    for (const match of foldText(text).matchAll(CANDIDATES)) {
      const date = parseFrenchDate(match[0]).date;
      if (date) dates.add(date);
    }
  }
  for (const t of register.treatments) if (t.lastUpdate?.date) dates.add(t.lastUpdate.date);
  return [...dates].sort();
}
