// End-anchored matching in linear time: `/[…]+$/` or `/…\s*$/` on a long text rescans it from every start position.

/** `text` without the run of characters at its end that each match `char` (a pattern for one character). */
export function trimTrailing(text: string, char: RegExp): string {
  let end = text.length;
  while (end > 0 && char.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * Tests an end-anchored `pattern` on the last `window` characters of `text` only. When the text is longer, the
 * tail starts with U+FFFF (a noncharacter), so that a `^` of the pattern cannot match in the middle of the text.
 * The pattern's own match must fit in the window.
 */
export function testTail(pattern: RegExp, text: string, window = 80): boolean {
  return pattern.test(text.length > window ? `\uFFFF${text.slice(-window)}` : text);
}

/** `text` with an end-anchored `pattern` replaced in its last `window` characters (the match must fit in them). */
export function replaceTail(text: string, pattern: RegExp, replacement: string, window = 80): string {
  if (text.length <= window) return text.replace(pattern, replacement);
  const head = text.slice(0, -window);
  return head + text.slice(-window).replace(pattern, replacement);
}
