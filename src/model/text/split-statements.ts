// Cuts a list-like cell (purposes, recipients) into its items, cleaned and in source order.
import { splitSegments } from './clean-text.ts';

/**
 * Items are <p>/<li> contents, bullet items (▪ • "- ") and ";"-separated parts; paragraphs cut by a page
 * break are joined back. Trailing list punctuation (";", ",") is dropped, sentence punctuation kept.
 */
export function splitStatements(html: string, vocabulary?: Iterable<string>): string[] {
  const segments = splitSegments(html, { mode: 'items', ...(vocabulary ? { vocabulary } : {}) });
  return segments
    .map((s) => s.text.replace(/^[\s,;:·-]+/, '').replace(/[\s,;]+$/, ''))
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
}
