// Blanks the sentences of a cell that say what a treatment does NOT cover, so that nothing is recognised in them.
import type { Language } from '../language.ts';

/** "… ne relève pas de CallMI mais de Orion." / "Il n'y (a) pas d'information sur …": a mention by exclusion. */
const NEGATED_SENTENCE = /[^.!?<>\n]*(?<![\p{L}\p{N}])(?:ne\s+rel[eè]ve(?:nt)?\s+pas|n['’]y\s+(?:a\s+)?pas)(?![\p{L}\p{N}])[^.!?<>\n]*[.!?]?/gu;
/** "In general, no data falling under Article 10 of the Regulation is processed (special categories …)." */
const NEGATED_SENTENCE_EN =
  /[^.!?<>\n]*(?<![\p{L}\p{N}])(?:no\s+(?:personal\s+)?data\s+(?:falling|relating|concerning|of|is|are)|(?:is|are)\s+not\s+(?:processed|collected)|does\s+not\s+(?:process|collect)\s+(?:any|special))(?![\p{L}\p{N}])[^.!?<>\n]*[.!?]?/giu;

/**
 * The text with every negated sentence replaced by spaces of the same length (offsets stay valid, tags and
 * the other sentences untouched). Used only for recognition: the verbatim cells are never changed.
 */
export function stripNegatedMentions(text: string, language: Language = 'fr'): string {
  // The sentence patterns scan every position of every sentence: a cheap look for their key words first.
  if (!(language === 'en' ? EN_KEYWORDS : FR_KEYWORDS).test(text)) return text;
  return text.replace(language === 'en' ? NEGATED_SENTENCE_EN : NEGATED_SENTENCE, (sentence) => ' '.repeat(sentence.length));
}

/** Words without which the patterns above cannot match. */
const FR_KEYWORDS = /rel[eè]ve|n['’]y/u;
const EN_KEYWORDS = /\bno\b|\bnot\b/i;
