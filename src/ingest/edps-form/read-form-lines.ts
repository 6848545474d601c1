// Splits a `pdftotext -layout` text into numbered lines, dropping the form feeds that open each page.
import type { FormLine } from './form-line.ts';

/** Lines are numbered from 1 as an editor shows them; a final newline does not open an extra line.
 * pdftotext ends every page with a form feed, which therefore starts the next page's first line (or
 * makes the file's last line): it is page furniture, not text. */
export function readFormLines(text: string): FormLine[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body === '') return [];
  const parts = body.split(/\r\n|\r|\n/);
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.map((part, index) => ({ number: index + 1, text: part.replace(/\f/g, '') }));
}
