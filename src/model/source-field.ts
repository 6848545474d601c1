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
  'other',
]);
export type FieldKey = z.infer<typeof fieldKeySchema>;

export const lineRangeSchema = z
  .object({ first: z.number().int().positive(), last: z.number().int().positive() })
  .refine((r) => r.last >= r.first, { message: 'last line before first line' });
export type LineRange = z.infer<typeof lineRangeSchema>;

export const sourceFieldSchema = z.object({
  key: fieldKeySchema,
  /** The header or label as printed in the register (after repair of look-alike letters). */
  label: z.string().min(1),
  /** Verbatim cell text, fragments from several rows/pages joined with a single space; HTML kept. */
  text: z.string(),
  lines: lineRangeSchema,
});
export type SourceField = z.infer<typeof sourceFieldSchema>;
