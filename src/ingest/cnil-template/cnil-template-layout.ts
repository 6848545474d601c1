// The CNIL's simplified model register (ODS or XLSX): the organisation block, the list of treatments and one fiche each.
import type { WorkbookLayoutParser } from '../layout-parser.ts';
import { detectCnilTemplate } from './detect-cnil-template.ts';
import { parseCnilTemplate } from './parse-cnil-template.ts';

/**
 * Sheets are told apart by what they print, never by their names: a fiche sheet by its labels in the first column
 * ("N° / RÉF", "Finalité principale"), the list by its header row ("Nom du traitement", "N° / RÉF"). Each row of a
 * fiche's blocks (a data category with its description and retention, a recipient with its type, a transfer with
 * its country, safeguard and documentation) is kept as one item of cells.
 */
export const cnilTemplateLayout: WorkbookLayoutParser = {
  id: 'cnil-template',
  input: 'workbook',
  description: "the CNIL's simplified model register (registre-traitement-simplifie): a list of treatments and one fiche sheet per treatment",
  expects: 'a sheet whose first column prints "N° / RÉF" and "Finalité principale", or a "Nom du traitement | N° / RÉF" header row',
  detect: detectCnilTemplate,
  parse: parseCnilTemplate,
};
