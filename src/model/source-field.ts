// The verbatim text of one source cell or labelled line, with where it came from.
import { z } from 'zod';

/** Which field of a treatment a source cell feeds. Layout parsers map their headers/labels onto these. */
export const fieldKeySchema = z.enum([
  'title',
  'purposes',
  'controllers',
  'dataCategories',
  'dataSubjects',
  'recipients',
  'retention',
  'legalBasisGdpr',
  'legalBasisPoliceJustice',
  'legalBasisStateSecurity',
  'legalFoundation',
  'transfers',
  'securityMeasures',
  'dpia',
  'lastUpdate',
  'processors',
  // The EU institutions' record (edps-form) prints these as items of their own.
  'referenceNumber',
  'dpo',
  'jointControllers',
  /** Persons and data categories in one cell, as the EDPS template asks for them together. */
  'dataSubjectsAndCategories',
  /** Where the data protection notice (privacy statement) is: a link or a note. */
  'privacyStatement',
  // The CNIL's model register and the tables people keep in spreadsheets state these too.
  /** When the treatment (or its record) was created. */
  'creationDate',
  /** The controller's representative in the Union (art. 27 GDPR). */
  'representative',
  /** Special categories (art. 9), criminal data (art. 10), the NIR: the CNIL model asks for them apart. */
  'sensitiveData',
  /** Software, applications and media the treatment uses. */
  'systems',
  'other',
]);
export type FieldKey = z.infer<typeof fieldKeySchema>;

export const lineRangeSchema = z
  .object({ first: z.number().int().positive(), last: z.number().int().positive() })
  .refine((r) => r.last >= r.first, { message: 'last line before first line' });
export type LineRange = z.infer<typeof lineRangeSchema>;

/** Where a spreadsheet cell is: its sheet and its address or range ("C20", "B21:D21" for merged cells). */
export const cellLocationSchema = z.object({
  sheet: z.string().min(1),
  cell: z.string().regex(/^[A-Z]{1,3}[1-9][0-9]*(?::[A-Z]{1,3}[1-9][0-9]*)?$/, 'expected a cell address such as "C20" or "B21:D21"'),
});
export type CellLocation = z.infer<typeof cellLocationSchema>;

export const sourceFieldSchema = z.object({
  key: fieldKeySchema,
  /** The header or label as printed in the register (after repair of look-alike letters). */
  label: z.string().min(1),
  /** Verbatim cell text, fragments from several rows/pages joined with a single space; HTML kept. */
  text: z.string(),
  /** Text files: the lines the cell spans. Spreadsheets: the rows (a CSV: its text lines). */
  lines: lineRangeSchema,
  /** Spreadsheets only: the sheet and the cell (or merged range) the text was read from. */
  location: cellLocationSchema.optional(),
  /** What the cell means when its text alone would mislead: a date cell's ISO date ("2019-05-13" for a serial
   * number), a tool's code spelled out ("privacy_employee" → "Employee"). Read instead of `text`; `text` stays verbatim. */
  reading: z.string().optional(),
});
export type SourceField = z.infer<typeof sourceFieldSchema>;
