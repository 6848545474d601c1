// The CNIL-style table as rows of text: the one layout the CSV and the XLSX both write.
import { CNIL_COLUMNS, IRI_HEADER, NUMBER_HEADER, RECORD_SOURCE_HEADER, sourceHeader, type ColumnKey } from './cnil-columns.ts';
import { cellSourceText, cellText, treatmentNumber } from './cell-text.ts';
import { formatCitations } from './citation.ts';
import type { RegisterReport, TreatmentReport } from './cnil-report.ts';

export type TableColumnRole = 'number' | 'value' | 'source' | 'record' | 'iri';

export interface TableColumn {
  readonly header: string;
  readonly role: TableColumnRole;
  /** The CNIL column a value or source column belongs to. */
  readonly key?: ColumnKey;
  /** Width in characters, for the spreadsheet. */
  readonly width: number;
}

/**
 * N°, then each CNIL column followed by its "… — source" column, then where the whole treatment was read and its IRI.
 * A source cell lists "file l. 52–53" ranges: the same lines an auditor opens in the register's text.
 */
export const TABLE_COLUMNS: readonly TableColumn[] = [
  { header: NUMBER_HEADER, role: 'number', width: 7 },
  ...CNIL_COLUMNS.flatMap((c): TableColumn[] => [
    { header: c.header, role: 'value', key: c.key, width: c.width },
    { header: sourceHeader(c.header), role: 'source', key: c.key, width: 18 },
  ]),
  { header: RECORD_SOURCE_HEADER, role: 'record', width: 22 },
  { header: IRI_HEADER, role: 'iri', width: 40 },
];

export function tableHeaders(): string[] {
  return TABLE_COLUMNS.map((c) => c.header);
}

export function treatmentRow(treatment: TreatmentReport): string[] {
  return TABLE_COLUMNS.map((column) => {
    switch (column.role) {
      case 'number':
        return treatmentNumber(treatment);
      case 'value':
        return cellText(treatment.cells[column.key!]);
      case 'source':
        return cellSourceText(treatment.cells[column.key!]);
      case 'record':
        return treatment.source ? formatCitations([treatment.source]) : '';
      case 'iri':
        return treatment.iri;
    }
  });
}

export function tableRows(registers: readonly RegisterReport[]): string[][] {
  return registers.flatMap((r) => r.treatments.map(treatmentRow));
}
