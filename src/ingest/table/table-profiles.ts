// Known register tools' exports (ontology/tables/profiles/*.json): their headers, flags and sheets, as data.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { fieldKeySchema, type FieldKey } from '../../model/source-field.ts';
import { rawItemSchema } from '../../model/raw-register.ts';
import { languageSchema } from '../../model/language-tag.ts';
import { readOntologyTable } from '../../model/read-ontology-table.ts';
import { ONTOLOGY_DIR } from '../../config/project-paths.ts';
import { foldHeader } from './header-vocabulary.ts';

/** A column holds a field; a yes/no column names what a "yes" stands for (`flag`); a sheet of items names the part. */
const profileColumnSchema = z.union([fieldKeySchema, z.object({ field: fieldKeySchema, flag: z.string().min(1).optional(), part: z.string().min(1).optional() }).strict()]);
export type ProfileColumn = z.infer<typeof profileColumnSchema>;

const profileSheetSchema = z.object({
  sheet: z.string().min(1),
  /** The rows of this sheet are items of the treatment (a data category with its retention, a transfer…). */
  item: rawItemSchema.shape.kind.optional(),
  columns: z.record(z.string().min(1), profileColumnSchema),
});

export const tableProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().min(1),
    source: z.string().min(1),
    language: languageSchema,
    note: z.string().optional(),
    /** Headers the tool always writes: all present in one row tells its export apart. */
    signature: z.array(z.string().min(1)).min(2),
    /** How the tool writes "yes" in its yes/no columns. */
    yes: z.array(z.string().min(1)).min(1),
    /** A flat export: one sheet, one row per treatment. */
    columns: z.record(z.string().min(1), profileColumnSchema).optional(),
    /** A workbook: the first sheet gives the treatments, each other sheet rows of their items. */
    sheets: z.array(profileSheetSchema).min(2).optional(),
  })
  .refine((p) => (p.columns === undefined) !== (p.sheets === undefined), 'a profile has either columns (one sheet) or sheets (a workbook)');
export type TableProfile = z.infer<typeof tableProfileSchema>;

export function loadTableProfiles(): TableProfile[] {
  return readdirSync(join(ONTOLOGY_DIR, 'tables', 'profiles'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readOntologyTable(`profiles/${name}`, tableProfileSchema));
}

/** The profile whose signature a row of headers holds entirely; the most specific one when several do. */
export function findProfile(headers: readonly string[], profiles: readonly TableProfile[] = loadTableProfiles()): TableProfile | undefined {
  const present = new Set(headers.map(foldHeader));
  return profiles
    .filter((p) => p.signature.every((h) => present.has(foldHeader(h))))
    .sort((a, b) => b.signature.length - a.signature.length)[0];
}

/** A profile column as the header reader takes it. */
export function readProfileColumn(column: ProfileColumn): { key: FieldKey; flag?: string; part?: string } {
  return typeof column === 'string' ? { key: column } : { key: column.field, ...(column.flag ? { flag: column.flag } : {}), ...(column.part ? { part: column.part } : {}) };
}
