// The columns of the CNIL-style register table, in the order of the CNIL's model register, with their French headers.

/** What each column of the table holds; the key names the cell in every format. */
export type ColumnKey =
  | 'title'
  | 'controllers'
  | 'controllerContact'
  | 'dpo'
  | 'purposes'
  | 'dataSubjects'
  | 'dataCategories'
  | 'sensitiveData'
  | 'recipients'
  | 'processors'
  | 'systems'
  | 'transfers'
  | 'retention'
  | 'legalBasis'
  | 'security'
  | 'dpia'
  | 'created'
  | 'lastUpdate'
  | 'register';

export interface CnilColumn {
  readonly key: ColumnKey;
  /** The header, as the CNIL's model register words it. */
  readonly header: string;
  /** Width in characters of the spreadsheet column. */
  readonly width: number;
}

export const CNIL_COLUMNS: readonly CnilColumn[] = [
  { key: 'title', header: 'Intitulé', width: 34 },
  { key: 'controllers', header: 'Responsable(s) de traitement', width: 26 },
  { key: 'controllerContact', header: 'Coordonnées du responsable de traitement', width: 34 },
  { key: 'dpo', header: 'Délégué à la protection des données (DPO)', width: 34 },
  { key: 'purposes', header: 'Finalité(s)', width: 48 },
  { key: 'dataSubjects', header: 'Catégories de personnes concernées', width: 30 },
  { key: 'dataCategories', header: 'Catégories de données', width: 36 },
  { key: 'sensitiveData', header: 'Données sensibles (art. 9, art. 10, NIR)', width: 34 },
  { key: 'recipients', header: 'Destinataires', width: 28 },
  { key: 'processors', header: 'Sous-traitants', width: 22 },
  { key: 'systems', header: 'Systèmes', width: 24 },
  { key: 'transfers', header: 'Transferts hors UE', width: 26 },
  { key: 'retention', header: 'Durée(s) de conservation', width: 40 },
  { key: 'legalBasis', header: 'Base légale', width: 34 },
  { key: 'security', header: 'Mesures de sécurité', width: 40 },
  { key: 'dpia', header: 'AIPD', width: 28 },
  { key: 'created', header: 'Date de création', width: 14 },
  { key: 'lastUpdate', header: 'Date de mise à jour', width: 16 },
  { key: 'register', header: 'Registre', width: 34 },
];

/** The columns whose cells hold a date: a real date in the XLSX, yyyy-mm-dd in the CSV. */
export const DATE_COLUMNS: ReadonlySet<ColumnKey> = new Set(['created', 'lastUpdate']);

/** Header of the column that cites the source lines of column `header` in the CSV and the XLSX. */
export function sourceHeader(header: string): string {
  return `${header} — source`;
}

/** The columns after the CNIL ones: where the whole treatment was read, and its IRI. */
export const RECORD_SOURCE_HEADER = 'Source';
export const IRI_HEADER = 'IRI du traitement';
export const NUMBER_HEADER = 'N°';
