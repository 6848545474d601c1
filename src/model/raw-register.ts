// What a layout parser produces: registers and treatments as verbatim fields with provenance.
import { z } from 'zod';
import { cellLocationSchema, lineRangeSchema, sourceFieldSchema } from './source-field.ts';
import { languageSchema } from './language-tag.ts';

export const layoutIdSchema = z.enum(['ms-table', 'miom-blocks', 'edps-form', 'cnil-template', 'table']);
export type LayoutId = z.infer<typeof layoutIdSchema>;

export const parseWarningSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  message: z.string(),
  /** Spreadsheets: the cell the warning is about (its row is `line`). */
  location: cellLocationSchema.optional(),
});
export type ParseWarning = z.infer<typeof parseWarningSchema>;

/**
 * One row of a repeated block of a form, its cells by role: a data category with its description and retention, a
 * recipient with its type, a transfer with its country, safeguard and documentation, a party with its contact
 * details. The cells are fields of the treatment too (`fields`); the item only says which belong together.
 */
export const rawItemSchema = z.object({
  kind: z.enum(['party', 'purpose', 'personal-data', 'data-subject', 'recipient', 'security-measure', 'transfer']),
  /** What the form calls the row: "Responsable du traitement", "Sous-finalité 2", "Numéro de Sécurité Sociale (ou NIR)". */
  label: z.string(),
  /** A party's role ("controller", "dpo"…), a purpose's rank ("main", "sub"), a data row's block ("sensitive"). */
  variant: z.string().optional(),
  /** The row's non-empty cells by role: name, address, description, retention, type, details, country, safeguard… */
  parts: z.record(z.string(), sourceFieldSchema),
});
export type RawItem = z.infer<typeof rawItemSchema>;

export const rawTreatmentSchema = z.object({
  /** 1-based position of the treatment in its register. */
  ordinal: z.number().int().positive(),
  /** Number printed by the register, e.g. "1.1" in the block layout; absent in tables. */
  number: z.string().optional(),
  /** Activity grouping of the block layout ("ACTIVITE n° 1 — Sûreté …"). */
  activity: z.object({ number: z.string(), title: z.string() }).optional(),
  lines: lineRangeSchema,
  /** Spreadsheets: the range the treatment was read from (its row, or its fiche sheet). */
  location: cellLocationSchema.optional(),
  /** Text layouts: every non-empty source cell, in source order, one entry per field key (fragments joined).
   * Spreadsheets: one entry per non-empty cell, so a key may come back (one data category per row). */
  fields: z.array(sourceFieldSchema).min(1),
  /** Forms (the CNIL model): which cells make one row of a repeated block. */
  items: z.array(rawItemSchema).optional(),
  /** A slug the source itself gives the treatment (the last segment of the IRI our own export wrote). */
  slug: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/).optional(),
});
export type RawTreatment = z.infer<typeof rawTreatmentSchema>;

export const rawRegisterSchema = z.object({
  /** File name only (no directory), e.g. "001_16106fe6b7c9f12d.txt". */
  file: z.string().min(1),
  layout: layoutIdSchema,
  /** Set when the content says the language (a table's headers); else the layout's (LAYOUT_LANGUAGE). */
  language: languageSchema.optional(),
  /** A known tool's export the table was recognised as (ontology/tables/profiles), e.g. "madis". */
  profile: z.string().optional(),
  /** Set when one file holds several registers (a workbook of ours): the register's own id; else from the file name. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).optional(),
  /** Spreadsheets: the sheet (and used range) the register was read from. */
  location: cellLocationSchema.optional(),
  /** Register title line, e.g. "Registre de la Division Des Cabinets (DDC)". */
  title: z.string().min(1),
  /** Text outside the treatments (address, rights contact, controller/DPO block, footnotes, security
   * statement), each with its line, so that nothing of the file is lost. */
  preamble: z.array(sourceFieldSchema),
  /** Forms: the organisation's block (controller, representative, DPO with their contact details). */
  items: z.array(rawItemSchema).optional(),
  treatments: z.array(rawTreatmentSchema).min(1),
  warnings: z.array(parseWarningSchema),
});
export type RawRegister = z.infer<typeof rawRegisterSchema>;
