// Overlap of two bags of words or trigrams: the Dice coefficient, and the character trigrams it is often run on.

/** 2·|A∩B| / (|A|+|B|) over distinct items; undefined when both are empty (nothing to compare). */
export function measureDice(a: Iterable<string>, b: Iterable<string>): number | undefined {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size + right.size === 0) return undefined;
  let shared = 0;
  for (const item of left) if (right.has(item)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

/** Character trigrams of each word, padded so that short words still count ("6po" → " 6p", "6po", "po "). */
export function extractTrigrams(words: readonly string[]): string[] {
  return words.flatMap((word) => {
    const padded = ` ${word} `;
    const grams: string[] = [];
    for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
    return grams;
  });
}
