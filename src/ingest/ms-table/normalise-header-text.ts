// Puts a header cell in the form headers are compared in: NFC, lower case, collapsed spaces, no footnote star.
import { trimTrailing } from '../../text/match-tail.ts';
export function normaliseHeaderText(cell: string | undefined): string {
  return trimTrailing(trimTrailing((cell ?? '').normalize('NFC'), /\s/), /\*/).replace(/\s+/g, ' ').trim().toLowerCase();
}
