// What a layout parser produces: registers and treatments as verbatim fields with provenance.
import { z } from 'zod';
import { lineRangeSchema, sourceFieldSchema } from './source-field.ts';

export const layoutIdSchema = z.enum(['ms-table', 'miom-blocks', 'edps-form']);
export type LayoutId = z.infer<typeof layoutIdSchema>;

export const parseWarningSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  message: z.string(),
});
export type ParseWarning = z.infer<typeof parseWarningSchema>;

export const rawTreatmentSchema = z.object({
  /** 1-based position of the treatment in its register. */
  ordinal: z.number().int().positive(),
  /** Number printed by the register, e.g. "1.1" in the block layout; absent in tables. */
  number: z.string().optional(),
  /** Activity grouping of the block layout ("ACTIVITE n° 1 — Sûreté …"). */
  activity: z.object({ number: z.string(), title: z.string() }).optional(),
  lines: lineRangeSchema,
  /** Every non-empty source cell, in source order; one entry per field key (fragments joined). */
  fields: z.array(sourceFieldSchema).min(1),
});
export type RawTreatment = z.infer<typeof rawTreatmentSchema>;

export const rawRegisterSchema = z.object({
  /** File name only (no directory), e.g. "001_16106fe6b7c9f12d.txt". */
  file: z.string().min(1),
  layout: layoutIdSchema,
  /** Register title line, e.g. "Registre de la Division Des Cabinets (DDC)". */
  title: z.string().min(1),
  /** Text outside the treatments (address, rights contact, controller/DPO block, footnotes, security
   * statement), each with its line, so that nothing of the file is lost. */
  preamble: z.array(sourceFieldSchema),
  treatments: z.array(rawTreatmentSchema).min(1),
  warnings: z.array(parseWarningSchema),
});
export type RawRegister = z.infer<typeof rawRegisterSchema>;
