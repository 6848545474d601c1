// Schema of the shared-entity catalogues kept as data in ontology/catalogues/*.json.
import { z } from 'zod';

const curieSchema = z.string().regex(/^[a-z][a-z-]*:[A-Za-z0-9_.-]+$/, 'expected a CURIE such as "pd:Name"');
const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug');

export const catalogueKindSchema = z.enum([
  'organisation',
  'system',
  'policy',
  'data-category',
  'data-subject',
  'legal-basis',
  'country',
]);
export type CatalogueKind = z.infer<typeof catalogueKindSchema>;

export const catalogueEntrySchema = z.object({
  /** Stable slug, used in our IRIs ({base}{kind}/{id}) and as the key other entries refer to. */
  id: slugSchema,
  /** French label (ours). */
  label: z.string().min(1),
  labelEn: z.string().optional(),
  /** The entity's name when the label also describes it ("RIO" for "RIO, référentiel des identités…"): skos:prefLabel.
   * Without it, the label is the name. */
  name: z.string().min(1).optional(),
  nameEn: z.string().min(1).optional(),
  /** What the entity is, in French (skos:definition and dct:description), when the label does not say it. */
  description: z.string().min(1).optional(),
  /** Other names found in registers; matched case- and accent-insensitively on word boundaries. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Case-sensitive regular expressions (source text) for names that need them, e.g. "\\bRIO\\b". */
  patterns: z.array(z.string().min(1)).default([]),
  /** Names found in English registers (EU institution records). A register is read with the names of its own
   * language only: label, aliases and patterns for French registers; aliasesEn and patternsEn for English ones
   * (labelEn is a display label, not matched). French words then never match English text ("AD" vacancies are no
   * Active Directory, "Article 10" of Regulation 2018/1725 is no GDPR art. 10), and French results stay as they were. */
  aliasesEn: z.array(z.string().min(1)).default([]),
  /** Case-sensitive regular expressions for English registers, as `patterns` for French ones. */
  patternsEn: z.array(z.string().min(1)).default([]),
  /** Misspellings found in French registers ("Hyde" for Hydre): matched there like aliases, published as
   * skos:hiddenLabel so that a search finds the entity without showing the wrong spelling as one of its names. */
  misspellings: z.array(z.string().min(1)).default([]),
  /** When set, the entity IS this DPV term (e.g. "dpv:Employee", "pd:Name", "eu-gdpr:A6-1-f"):
   * no IRI of ours is minted for it. */
  dpvTerm: curieSchema.optional(),
  /** DPV classes our own node is typed with (e.g. "dpv:Technology", "dpv:SensitivePersonalData"). */
  types: z.array(curieSchema).default([]),
  /** DPV concepts (CURIE) or our own entries (bare id, same catalogue) this entry is narrower than. */
  broader: z.array(z.string().min(1)).default([]),
  /** Systems: the organisation id (organisations catalogue) that provides it. */
  provider: slugSchema.optional(),
  /** Systems: the system id this one is a part of (e.g. "exchange-online" → "office365"). */
  partOf: slugSchema.optional(),
  /** Organisations: true for bodies of the French State / ministries (recipients "outside the
   * ministries" are those with internal false). Countries: true for EU/EEA members. */
  internal: z.boolean().optional(),
  /** Organisations: ISO 3166 country of the headquarters, for non-EU company checks. */
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  /** Organisations that belong to no country: the DPV location whose law they come under (CURIE), e.g. "loc:EU"
   * for an institution or body of the European Union, which is subject to Regulation (EU) 2018/1725, not the GDPR. */
  jurisdiction: curieSchema.optional(),
  /** Legal bases: the matching concepts of another law (CURIE), e.g. "eu-gdpr:A6-1-e" for Art. 5(1)(a) of
   * Regulation (EU) 2018/1725 (skos:closeMatch). */
  closeMatch: z.array(curieSchema).default([]),
  /** Legal bases: the article or reference as the text cites it, e.g. "Art. 5(1)(a)" (skos:notation). */
  notation: z.string().min(1).optional(),
  /** Data categories: special category (art. 9), criminal (art. 10) or national identifier (NIR). */
  sensitivity: z.enum(['art9', 'art10', 'nir']).optional(),
  /** A link for humans (official page), when known. */
  seeAlso: z.string().url().optional(),
  note: z.string().optional(),
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

export const catalogueSchema = z.object({
  kind: catalogueKindSchema,
  entries: z.array(catalogueEntrySchema).min(1),
});
export type Catalogue = z.infer<typeof catalogueSchema>;
