// Markup tags in register text (<p>, <u>, <li>…) replaced by a space, in time linear in the text.

/**
 * `[^<>]` rather than `[^>]`: a tag never holds a `<`, and with `[^>]*` every `<` of a run without `>` rescans the rest
 * of the text, which makes a cell of 67 000 `<` take 43 s (found by `npm run fuzz`).
 */
const TAG = /<[^<>]*>/g;

export function replaceTags(text: string, by = ' '): string {
  return text.replace(TAG, by);
}
