// Blanks the sentences of a cell that say what a treatment does NOT cover, so that nothing is recognised in them.
import type { Language } from '../language.ts';

/**
 * A sentence: a run without sentence ends, tags or line breaks, with its closing mark. Matched once each, left
 * to right, so the pass is linear in the text (a pattern with a leading `[^.!?]*` before the negation rescans
 * the rest of a long run from every start position: quadratic).
 */
const SENTENCE = /[^.!?<>\n]+[.!?]?/g;
/** "… ne relève pas de CallMI mais de Orion." / "Il n'y (a) pas d'information sur …": a mention by exclusion. */
const NEGATION = /(?<![\p{L}\p{N}])(?:ne\s+rel[eè]ve(?:nt)?\s+pas|n['’]y\s+(?:a\s+)?pas)(?![\p{L}\p{N}])/u;
/** "In general, no data falling under Article 10 of the Regulation is processed (special categories …)." */
const NEGATION_EN =
  /(?<![\p{L}\p{N}])(?:no\s+(?:personal\s+)?data\s+(?:falling|relating|concerning|of|is|are)|(?:is|are)\s+not\s+(?:processed|collected)|does\s+not\s+(?:process|collect)\s+(?:any|special))(?![\p{L}\p{N}])/iu;

/**
 * The text with every negated sentence replaced by spaces of the same length (offsets stay valid, tags and
 * the other sentences untouched). Used only for recognition: the verbatim cells are never changed.
 */
export function stripNegatedMentions(text: string, language: Language = 'fr'): string {
  // The negation patterns test every sentence: a cheap look for their key words first.
  if (!(language === 'en' ? EN_KEYWORDS : FR_KEYWORDS).test(text)) return text;
  const negation = language === 'en' ? NEGATION_EN : NEGATION;
  return text.replace(SENTENCE, (sentence) => (negation.test(sentence) ? ' '.repeat(sentence.length) : sentence));
}

/** Words without which the patterns above cannot match. */
const FR_KEYWORDS = /rel[eè]ve|n['’]y/u;
const EN_KEYWORDS = /\bno\b|\bnot\b/i;
