// A cell of the CNIL-style table as plain text: what the CSV and the XLSX hold, one value a line.
import type { CellValue, ReportCell, TreatmentReport } from './cnil-report.ts';
import { formatCitations } from './citation.ts';
import { NOT_STATED, SENSITIVE_MARK, VERBATIM_CLOSE, VERBATIM_OPEN } from '../model/export-conventions.ts';

export { NOT_STATED, SENSITIVE_MARK };

/**
 * One value: its prefix and text ("Politique : PSSI-MCAS"), "(donnée sensible)" after a sensitive category, then what
 * was read from it ("(P3Y)"); a date as yyyy-mm-dd, which every spreadsheet sorts.
 */
export function valueText(value: CellValue): string {
  if (value.date !== undefined) return value.date;
  const text = value.prefix ? `${value.prefix} : ${value.text}` : value.text;
  return [text, value.sensitive ? SENSITIVE_MARK : '', value.note ? `(${value.note})` : ''].filter(Boolean).join(' ');
}

/** The values of a cell, one a line; the register's own words (nothing recognised in them) between « »; "Non renseigné" where it says nothing. */
export function cellText(cell: ReportCell): string {
  if (cell.notStated && cell.values.length === 0) return NOT_STATED;
  return cell.values.map((v) => (cell.verbatim ? `${VERBATIM_OPEN}${readableText(v.text)}${VERBATIM_CLOSE}` : valueText(v))).join('\n');
}

/** The source lines of a cell, as formatCitations writes them. */
export function cellSourceText(cell: ReportCell): string {
  return formatCitations(cell.citations);
}

/** "5.12" when the register numbers its treatments, else the treatment's rank in the register. */
export function treatmentNumber(treatment: TreatmentReport): string {
  return treatment.number ?? String(treatment.ordinal);
}

/**
 * A verbatim cell as a reader wants it: the HTML some registers carry (<p>, <ul>, <li>) becomes line breaks and
 * bullets, entities are decoded; the words are unchanged.
 */
export function readableText(text: string): string {
  return text
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\s*li[^>]*>/gi, '\n• ')
    .replace(/<\s*\/?\s*(?:p|ul|ol|div)[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
