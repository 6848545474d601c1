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
  /** What a duration is counted from, as written: "5 ans à compter du versement de la paie" → "versement de la paie".
   * Read so far from the CNIL model's per-category retention; the other layouts keep it in `text` only. */
  event: z.string().min(1).optional(),
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

const curieSchema = z.string().regex(/^[a-z][a-z-]*:[A-Za-z0-9_.-]+$/);

/** A person or body a register names with its contact details (the CNIL model's "Acteurs" and organisation block). */
export const partySchema = z.object({
  role: z.enum(['controller', 'representative', 'dpo', 'joint-controller']),
  /** The name as written: "Louise DUPONT", or first name and name joined. */
  name: z.string().min(1),
  /** An external DPO's company. */
  organisation: z.string().optional(),
  address: z.string().optional(),
  postcode: z.string().optional(),
  town: z.string().optional(),
  country: z.string().optional(),
  /** The country, when our catalogue knows it (ontology/catalogues/countries.json). */
  countryId: z.string().optional(),
  telephone: z.string().optional(),
  email: z.string().optional(),
  /** Catalogue organisations the name is (or names). */
  organisations: z.array(z.string()),
});
export type Party = z.infer<typeof partySchema>;

/** One data category the register states on a row of its own, with its description and retention (the CNIL fiche). */
export const personalDataItemSchema = z.object({
  /** The row: the model's category ("Numéro de Sécurité Sociale (ou NIR)") or the DPO's own words. */
  label: z.string().min(1),
  description: z.string().optional(),
  /** Catalogue data categories the row and its description name. */
  categories: z.array(z.string()),
  /** The row is in the sensitive block (art. 9, art. 10) or names sensitive data (the NIR). */
  sensitive: z.boolean(),
  /** Indexes, in the treatment's `retention`, of this row's retention. */
  retention: z.array(z.number().int().nonnegative()),
});

export const recipientItemSchema = z.object({
  /** The recipient as named ("Dir. Administrative et Financière"), else its type. */
  name: z.string().min(1),
  /** The register's type of recipient ("Service interne qui traite les données"). */
  type: z.string().optional(),
  /** DPV classes the type stands for (dpv:OrganisationalUnit, dpv:DataProcessor…). */
  types: z.array(curieSchema),
  /** The type says the recipient processes the data on the controller's behalf. */
  processor: z.boolean(),
  organisations: z.array(z.string()),
});

export const securityMeasureItemSchema = z.object({
  text: z.string().min(1),
  /** The DPV measure the register's type of measure stands for (dpv:AccessControlMethod…). */
  measure: curieSchema.optional(),
});

/** A transfer outside the EU as the CNIL model states it: to whom, where, under which safeguard, documented how. */
export const transferItemSchema = z.object({
  recipient: z.string().optional(),
  country: z.string().optional(),
  /** ISO 3166 alpha-2 codes of the countries our catalogue knows. */
  countries: z.array(z.string()),
  safeguard: z.string().optional(),
  /** The safeguard as a DPV term (eu-gdpr:SCCByCommission…) and the transfer's legal basis (eu-gdpr:A46-2-c…). */
  safeguardTerm: curieSchema.optional(),
  legalBasis: curieSchema.optional(),
  documentation: z.string().optional(),
});

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
  // What the CNIL model (and the tables people keep) state item by item: absent for the other layouts.
  /** When the treatment was created. */
  creation: dateStatementSchema.optional(),
  parties: z.array(partySchema).optional(),
  /** True when purposes[0] is the main purpose and the others are its sub-purposes. */
  mainPurpose: z.boolean().optional(),
  personalData: z.array(personalDataItemSchema).optional(),
  recipientDetails: z.array(recipientItemSchema).optional(),
  securityMeasures: z.array(securityMeasureItemSchema).optional(),
  transfers: z.array(transferItemSchema).optional(),
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
  /** The organisation's controller, representative and DPO, with their contact details (the CNIL model). */
  parties: z.array(partySchema).optional(),
  policies: z.array(z.string()),
  treatments: z.array(treatmentSchema).min(1),
  warnings: z.array(parseWarningSchema),
});
/** The input type, so that a register built without a language (tests, synthetic registers) is French. */
export type Register = z.input<typeof registerSchema>;
