// The labels the CNIL's model register prints (ontology/tables/cnil-template.json), validated and folded for lookup.
import { z } from 'zod';
import { fieldKeySchema } from '../../model/source-field.ts';
import { foldText } from '../../text/fold.ts';
import { readOntologyTable } from '../../model/read-ontology-table.ts';

const labelsTo = <T extends z.ZodType>(value: T) => z.record(z.string().min(1), value);
const contactSchema = z.enum(['name', 'firstName', 'address', 'postcode', 'town', 'country', 'telephone', 'email', 'organisation']);
const roleSchema = z.enum(['controller', 'dpo', 'dpo-organisation', 'representative', 'joint-controller']);

const templateSchema = z.object({
  source: z.string(),
  fiche: z.object({
    signature: z.array(z.string().min(1)).min(1),
    fields: labelsTo(fieldKeySchema),
    actors: z.object({ heading: z.string(), columns: labelsTo(contactSchema), rows: labelsTo(roleSchema) }),
    sections: z.array(
      z.object({
        heading: z.string().min(1),
        kind: z.enum(['purpose', 'personal-data', 'data-subject', 'recipient', 'security-measure', 'transfer']),
        key: fieldKeySchema,
        variant: z.string().optional(),
        rows: labelsTo(z.string()).optional(),
        columns: labelsTo(z.string()).optional(),
      }),
    ),
    headings: z.array(z.string()),
    placeholders: z.array(z.string()),
    sensitiveRows: z.array(z.string()),
  }),
  list: z.object({
    columns: labelsTo(fieldKeySchema),
    blocks: labelsTo(roleSchema),
    contactLabels: labelsTo(contactSchema),
    yes: z.array(z.string()),
    no: z.array(z.string()),
  }),
  templateSheets: z.array(z.object({ cell: z.string().regex(/^[A-Z]+[0-9]+$/), text: z.string() })),
  templateTexts: z.array(z.string()),
});
export type CnilTemplate = z.infer<typeof templateSchema>;
export type CnilSection = CnilTemplate['fiche']['sections'][number];

/** Labels compare without case, accents, spacing or a final ":"/"?" ("N° / RÉF" = "n° / ref"). */
export function foldLabel(text: string): string {
  return foldText(text).replace(/\s*[:?]$/, '').replace(/\s*\/\s*/g, ' / ').replace(/…$/, '').trim();
}

/** A folded label → value map of one of the template's tables. */
export function indexLabels<V>(table: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  return new Map(Object.entries(table).map(([label, value]) => [foldLabel(label), value]));
}

export function loadCnilTemplate(): CnilTemplate {
  return readOntologyTable('cnil-template.json', templateSchema);
}
