// The words that carry meaning in a French phrase, lightly stemmed for overlap measures, each with how it was written.
import { replaceTags } from '../text/replace-tags.ts';
import { foldText } from '../text/fold.ts';

export interface ContentWord {
  /** Folded, plural and feminine endings off: what is compared. */
  stem: string;
  /** Lower case, accents kept: what is shown. */
  word: string;
}

/** Function words and register boilerplate: shared by almost every treatment, so they prove nothing. */
const STOPWORDS = new Set([
  'le', 'la', 'les', 'l', 'de', 'des', 'du', 'd', 'un', 'une', 'et', 'ou', 'a', 'au', 'aux', 'en', 'par', 'pour', 'sur',
  'dans', 'avec', 'sans', 'que', 'qui', 'qu', 'ne', 'se', 's', 'ce', 'ces', 'cet', 'cette', 'son', 'sa', 'ses', 'leur',
  'leurs', 'il', 'elle', 'ils', 'elles', 'est', 'sont', 'pas', 'plus', 'y', 'dont', 'entre', 'afin', 'ainsi', 'non',
  'etc', 'via', 'tout', 'tous', 'toute', 'toutes', 'ministeres', 'ministere', 'sociaux', 'mcas', 'traitement',
  'finalite', 'principale', 'permettre', 'gestion',
]);

/** Words of at least two letters (or any word with a digit), minus function words, in reading order. */
export function extractContentWords(text: string): ContentWord[] {
  const words = replaceTags(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words
    .map((word) => ({ word, folded: foldText(word) }))
    .filter(({ folded }) => (folded.length > 1 || /\d/.test(folded)) && !STOPWORDS.has(folded))
    .map(({ word, folded }) => ({ stem: stemWord(folded), word }));
}

/** Plural and feminine endings off, then a doubled final consonant halved ("professionnell" → "professionnel"). */
function stemWord(word: string): string {
  if (/\d/.test(word) || word.length <= 4) return word;
  let stem = word.replace(/[sx]$/, '');
  if (stem.length > 4) stem = stem.replace(/e$/, '');
  return stem.replace(/([b-df-hj-np-tv-z])\1$/, '$1');
}
