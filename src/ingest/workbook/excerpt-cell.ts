// A cell's start on one line, for a warning that quotes it.
import { cutText } from '../../text/cut-text.ts';

export function excerptCell(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return cutText(flat, 60);
}
