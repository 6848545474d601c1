// The "Ministères sociaux table" layout: PDF tables extracted as tab-separated rows (registers 000-003).
import type { TextLayoutParser } from '../layout-parser.ts';
import { detectMsTable } from './detect-ms-table.ts';
import { parseMsTable } from './parse-ms-table.ts';

/**
 * Fragments of one cell found on several rows (page breaks) or on untabbed overflow lines are joined
 * with a single space, trimmed; a word cut by a page break ("Directi" + "on") stays cut ("Directi on")
 * for a later stage to mend. HTML fragments are kept verbatim. Cyrillic look-alike letters are
 * repaired everywhere, each repair reported as a warning.
 */
export const msTableLayout: TextLayoutParser = {
  input: 'text',
  id: 'ms-table',
  description: 'Ministères sociaux register: one table, a row per treatment, tab-separated cells',
  expects: 'a tab-separated header row starting with "Intitulé", "Finalités" (then RT, données, personnes, destinataires)',
  detect: detectMsTable,
  parse: parseMsTable,
};
