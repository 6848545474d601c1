// A date column (creation, last update): the calendar date the graph read, with the register's words; a malformed one noted.
import { MALFORMED_DATE_NOTE } from '../model/export-conventions.ts';
import { normaliseCitations } from './citation.ts';
import type { ReportCell, SourceFieldView } from './cnil-report.ts';

/**
 * `text` is what the register writes (ropa:creationText, ropa:lastUpdateText), `date` the xsd:date read from it
 * (dct:created, dct:modified): a text with no date stays text, noted "date non reconnue"; neither is "Non renseigné".
 */
export function buildDateCell(text: string | undefined, date: string | undefined, fields: readonly SourceFieldView[]): ReportCell {
  const citations = normaliseCitations(fields.map((f) => f.citation));
  const iso = date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
  if (iso) return { values: [{ text: text ?? iso, date: iso }], verbatim: false, citations };
  const written = text ?? date;
  if (written !== undefined && written.trim() !== '') return { values: [{ text: written, note: MALFORMED_DATE_NOTE }], verbatim: false, citations };
  return { values: [], verbatim: false, citations: [], notStated: true };
}
