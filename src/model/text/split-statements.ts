// Cuts a list-like cell (purposes, recipients) into its items, cleaned and in source order.
import { trimTrailing } from '../../text/match-tail.ts';
import { splitSegments } from './clean-text.ts';

/**
 * Items are <p>/<li> contents, bullet items (▪ • "- ") and ";"-separated parts; paragraphs cut by a page
 * break are joined back. Trailing list punctuation (";", ",") is dropped, sentence punctuation kept.
 */
export function splitStatements(html: string, vocabulary?: Iterable<string>): string[] {
  const segments = splitSegments(html, { mode: 'items', ...(vocabulary ? { vocabulary } : {}) });
  return segments
    .map((s) => trimTrailing(s.text.replace(/^[\s,;:·-]+/, ''), /[\s,;]/))
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
}
