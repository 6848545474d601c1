// Blanks the sentences of a cell that say what a treatment does NOT cover, so that nothing is recognised in them.

/** "… ne relève pas de CallMI mais de Orion." / "Il n'y (a) pas d'information sur …": a mention by exclusion. */
const NEGATED_SENTENCE = /[^.!?<>\n]*(?<![\p{L}\p{N}])(?:ne\s+rel[eè]ve(?:nt)?\s+pas|n['’]y\s+(?:a\s+)?pas)(?![\p{L}\p{N}])[^.!?<>\n]*[.!?]?/gu;

/**
 * The text with every negated sentence replaced by spaces of the same length (offsets stay valid, tags and
 * the other sentences untouched). Used only for recognition: the verbatim cells are never changed.
 */
export function stripNegatedMentions(text: string): string {
  return text.replace(NEGATED_SENTENCE, (sentence) => ' '.repeat(sentence.length));
}
