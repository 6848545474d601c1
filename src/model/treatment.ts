// The typed treatment both layouts end up as: verbatim fields plus what was recognised in them.
import { z } from 'zod';
import { cellLocationSchema, lineRangeSchema, sourceFieldSchema } from './source-field.ts';
import { layoutIdSchema, parseWarningSchema } from './raw-register.ts';
import { languageSchema } from './language.ts';

export const retentionSchema = z.object({
  /** The statement as found (one sentence or clause of the source). */
  text: z.string().min(1),
  kind: z.enum(['duration', 'until-event', 'unlimited', 'unspecified']),
  /** ISO-8601 duration for explicit periods ("3 ans" → "P3Y"). */
  duration: z.string().regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$/).optional(),
});
export type Retention = z.infer<typeof retentionSchema>;

export const dateStatementSchema = z.object({
  text: z.string(),
  /** ISO date when the text could be read as one. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

export const legalBasisStatementSchema = z.object({
  text: z.string().min(1),
  /** Articles of Regulation (EU) 2018/1725 cited ("48(2)(d)"): DPV 2.3 has no terms for that regulation. GDPR
   * articles cited go to the treatment's legalBases as eu-gdpr terms instead. */
  articles: z.array(z.string()),
  /** True when it is about transfers to third countries (the transfers item), not the processing itself. */
  transfer: z.boolean(),
});
export type LegalBasisStatement = z.infer<typeof legalBasisStatementSchema>;

export const treatmentSchema = z.object({
  /** Slug unique within its register, e.g. "02-collecte-pro". */
  slug: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/),
  ordinal: z.number().int().positive(),
  number: z.string().optional(),
  activity: z.object({ number: z.string(), title: z.string() }).optional(),
  title: z.string().min(1),
  lines: lineRangeSchema,
  /** Spreadsheets: the range the treatment was read from. */
  location: cellLocationSchema.optional(),
  /** Every source cell verbatim: the "nothing lost" guarantee. */
  fields: z.array(sourceFieldSchema).min(1),
  purposes: z.array(z.string().min(1)),
  controllers: z.array(z.string()),
  processors: z.array(z.string()),
  recipients: z.array(z.string()),
  systems: z.array(z.string()),
  policies: z.array(z.string()),
  dataCategories: z.array(z.string()),
  dataSubjects: z.array(z.string()),
  legalBases: z.array(z.string()),
  retention: z.array(retentionSchema),
  transfer: z.object({
    stated: z.enum(['none', 'yes', 'not-stated']),
    text: z.string().optional(),
    countries: z.array(z.string()),
  }),
  dpia: z.object({ mentioned: z.boolean(), text: z.string().optional() }),
  lastUpdate: dateStatementSchema.optional(),
  // Items the EU institutions' record (edps-form) states and the French layouts do not: absent there.
  /** The data protection officer the record names, with the contact points given (e-mail addresses). */
  dpo: z.object({ text: z.string().min(1), contacts: z.array(z.string()) }).optional(),
  /** Organisation ids of the joint controllers the record names (its "joint controller" item, when not "n/a"). */
  jointControllers: z.array(z.string()).optional(),
  /** Sentences stating a legal basis: "The legal basis of the procedure is the Staff Regulations …", "Transfers are
   * also based on Article 50(1)(b) of the Regulation (EU) 2018/1725". */
  legalBasisStatements: z.array(legalBasisStatementSchema).optional(),
  /** Where the data protection notice is: the record's text and the web addresses in it. */
  privacyNotice: z.object({ text: z.string().min(1), urls: z.array(z.string()) }).optional(),
});
export type Treatment = z.infer<typeof treatmentSchema>;

export const registerSchema = z.object({
  /** Slug of the register, from its file stem, e.g. "001_16106fe6b7c9f12d" → "001-16106fe6b7c9f12d". */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  file: z.string(),
  layout: layoutIdSchema,
  /** The language of the register's text, which its literals are tagged with; set from the layout. */
  language: languageSchema.default('fr'),
  title: z.string(),
  /** Spreadsheets: the sheet (and used range) the register was read from. */
  location: cellLocationSchema.optional(),
  /** A known tool's export the table was recognised as, e.g. "madis". */
  profile: z.string().optional(),
  /** Organisation ids of the register's owner(s), when recognised in the title/preamble. */
  owners: z.array(z.string()),
  preamble: z.array(sourceFieldSchema),
  policies: z.array(z.string()),
  treatments: z.array(treatmentSchema).min(1),
  warnings: z.array(parseWarningSchema),
});
/** The input type, so that a register built without a language (tests, synthetic registers) is French. */
export type Register = z.input<typeof registerSchema>;
