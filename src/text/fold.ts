// Accent and case folding, the one place text is made comparable (search, matching, slugs, diffs).
import { replaceTags } from './replace-tags.ts';

/** Drops combining marks after canonical decomposition: "é" → "e", "Œ" stays (a letter, not a mark). */
export function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Folds text for comparison: tags and &nbsp; removed, accents and case dropped, apostrophes and dashes unified, single spaces. */
export function foldText(text: string): string {
  return stripMarks(replaceTags(text).replace(/&nbsp;|&#160;/g, ' '))
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc\u00b4`]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** Text as search compares it: no accents, no case, ligatures opened, punctuation turned into single spaces. */
export function foldForSearch(text: string): string {
  return stripMarks(text)
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Without spaces: "office 365" and "Office365" are the same name. */
export function compactForSearch(folded: string): string {
  return folded.replace(/ /g, '');
}

/** Lowercase, accent-free copy of the same length, so indices found in it address the original text. */
export function foldKeepingLength(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '’' || ch === '‘' || ch === '`' || ch === '′') {
      out += "'";
      continue;
    }
    const lower = ch.toLowerCase();
    const bare = lower.normalize('NFD').replace(/\p{M}/gu, '');
    out += bare.length === ch.length ? bare : lower.length === ch.length ? lower : ch;
  }
  return out;
}
