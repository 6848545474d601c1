// Reads contact points out of an EU record's cells: e-mail addresses, web addresses, and "n/a" answers.
import { trimTrailing } from '../../text/match-tail.ts';
import { cleanText } from './clean-text.ts';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;
const URL = /\bhttps?:\/\/[^\s<>"‘’“”]+/gu;
const NOT_APPLICABLE = /^(?:n\/?a|none|not applicable|nil|-|–)\.?$/iu;

/** E-mail addresses of a cell, in order, repeats removed. */
export function findEmailAddresses(text: string): string[] {
  return [...new Set(cleanText(text).match(EMAIL) ?? [])];
}

/**
 * Web addresses of a cell, in order, repeats removed. An address broken at a hyphen at a line end is printed
 * with a space after the hyphen ("…/01-edps- data-protection-notice-staff_en"): a URL has no spaces, so the
 * part after the break is joined back when it goes on with letters or digits. A final full stop is no part of it.
 */
export function findUrls(text: string): string[] {
  let mended = cleanText(text);
  for (let previous = ''; previous !== mended; ) {
    previous = mended;
    mended = mended.replace(/(https?:\/\/\S*-) (?=[\p{L}\p{N}])/gu, '$1');
  }
  return [...new Set((mended.match(URL) ?? []).map((url) => trimTrailing(url, /[.,;:)]/)))];
}

/** "n/a", "N/A", "none", "not applicable": the item does not apply. */
export function isNotApplicable(text: string): boolean {
  return NOT_APPLICABLE.test(cleanText(text));
}
