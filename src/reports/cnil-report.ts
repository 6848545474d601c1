// The CNIL-style register as read from the graph: registers, their treatments, one cell per column, each with its sources.
import type { ColumnKey } from './cnil-columns.ts';
import type { Citation } from './citation.ts';

/** One value of a cell: a label of a shared entity, a statement of the register, or the register's own words. */
export interface CellValue {
  readonly text: string;
  /** Says what the value is when the column mixes kinds ("Politique", "Pays tiers"): written "Politique : …". */
  readonly prefix?: string;
  /** The node the value names, when it is one (an organisation, a data category, a legal basis…). */
  readonly iri?: string;
  /** A sensitive data category (art. 9 or 10 GDPR, the NIR…). */
  readonly sensitive?: boolean;
  /** What was read from the text: an ISO 8601 duration ("P3Y"), the kind of a duration, a malformed date. */
  readonly note?: string;
  /** The calendar date (yyyy-mm-dd) read from a date the register writes as `text`. */
  readonly date?: string;
}

export interface ReportCell {
  readonly values: readonly CellValue[];
  /**
   * True when nothing was recognised and the values are the register's own words (ropa:verbatim of the field):
   * the exports put them between « ».
   */
  readonly verbatim: boolean;
  /** True when the register states nothing for a column a DPO must read: the exports say "Non renseigné". */
  readonly notStated?: boolean;
  /** The source lines the values were read from (the ropa:SourceField of the column, else the treatment's record). */
  readonly citations: readonly Citation[];
}

/** A verbatim field of the treatment, as kept in the graph (ropa:SourceField). */
export interface SourceFieldView {
  readonly iri: string;
  readonly key: string;
  readonly label: string;
  readonly verbatim: string;
  readonly citation: Citation;
}

export interface TreatmentReport {
  readonly iri: string;
  readonly registerIri: string;
  readonly registerSlug: string;
  readonly title: string;
  /** The number the register gives it ("5.12"), if any. */
  readonly number?: string;
  readonly ordinal: number;
  /** Where the whole treatment was read (its ropa:SourceRecord). */
  readonly source?: Citation;
  readonly cells: Readonly<Record<ColumnKey, ReportCell>>;
  readonly fields: readonly SourceFieldView[];
}

export interface RegisterReport {
  readonly iri: string;
  /** The last segment of the register's IRI, e.g. "001-16106fe6b7c9f12d". */
  readonly slug: string;
  readonly title: string;
  readonly language?: string;
  readonly source?: Citation;
  readonly treatments: readonly TreatmentReport[];
}
