// Turns a title into a readable, stable IRI segment: ASCII, lower case, dashes, bounded length.
import { replaceTags } from '../text/replace-tags.ts';
import { stripMarks } from '../text/fold.ts';
export function makeSlug(text: string, maxLength = 60): string {
  const ascii = replaceTags(stripMarks(text).toLowerCase())
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= maxLength) return ascii;
  // Cut on a dash so that the slug never ends in half a word.
  const cut = ascii.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : ascii.slice(0, maxLength)).replace(/-+$/, '');
}
