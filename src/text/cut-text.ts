// A long text cut to a short one ending in "…", never in the middle of a character.

/**
 * `text` itself when it has at most `max` UTF-16 units, else its start and "…" in `max` units or fewer. A cut between
 * the two halves of a surrogate pair (an emoji, a rare CJK or math letter) would leave half a character, which a
 * Turtle or XML writer can only replace by U+FFFD: the cut moves back before the pair.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
