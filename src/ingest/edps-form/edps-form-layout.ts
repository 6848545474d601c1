// The EU institutions' record form (EDPS template, Regulation 2018/1725 art. 31): numbered items in a two-column table.
import type { TextLayoutParser } from '../layout-parser.ts';
import { detectEdpsForm } from './detect-edps-form.ts';
import { parseEdpsForm } from './parse-edps-form.ts';

/**
 * Reads the `pdftotext -layout` text of one record (one treatment). Label and description cells are
 * told apart by the known item labels; page headers, "N|Page" footers and template instructions
 * ("< row to be deleted when filled in>") are dropped, the latter with a warning. Cells broken across
 * pages are joined. Texts keep their words verbatim, layout padding reduced to one space and lines
 * joined with one space (as the other layouts join cell fragments): list dashes and bullets stay as
 * printed, and a word or URL hyphenated at a line end stays cut ("edps- selections@…") for a later
 * stage to mend. "n/a" is kept as printed.
 */
export const edpsFormLayout: TextLayoutParser = {
  input: 'text',
  id: 'edps-form',
  description: 'EU institution record of processing activity (EDPS template, Regulation 2018/1725 art. 31): one treatment, numbered items in a two-column form',
  expects: 'a "Nr. Item Description" header row, items like "1. Last update of this record", and Article 31 of Regulation (EU) 2018/1725 cited',
  detect: detectEdpsForm,
  parse: parseEdpsForm,
};
