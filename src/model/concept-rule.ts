// Schema of the rule tables kept as data in ontology/rules/*.json: the words that place a statement under a concept.
import { z } from 'zod';

const conceptSchema = z.string().regex(/^(?:dpv|ropa):[A-Za-z][A-Za-z0-9-]*$/, 'expected a DPV or ropa concept such as "dpv:PersonnelHiring"');

export const conceptRuleKindSchema = z.enum(['purpose', 'measure']);
export type ConceptRuleKind = z.infer<typeof conceptRuleKindSchema>;

export const conceptRuleSchema = z.object({
  /** The DPV 2.3 concept (or ours, declared in ontology/ropa.ttl under the nearest DPV one) the words point to. */
  concept: conceptSchema,
  /** French words and phrases; matched case- and accent-insensitively on word boundaries, a final s or x optional. */
  keywords: z.array(z.string().min(1)).default([]),
  /** English words and phrases, for the EU institutions' records. */
  keywordsEn: z.array(z.string().min(1)).default([]),
  /** Case-sensitive regular expressions for what words cannot say (French registers). */
  patterns: z.array(z.string().min(1)).default([]),
  patternsEn: z.array(z.string().min(1)).default([]),
  /** Why these words mean this concept, when it is not obvious. */
  note: z.string().optional(),
});
export type ConceptRule = z.infer<typeof conceptRuleSchema>;

export const conceptRuleTableSchema = z.object({
  kind: conceptRuleKindSchema,
  /** The DPV concept every concept of the table falls under: dpv:Purpose or dpv:TechnicalOrganisationalMeasure. */
  root: conceptSchema,
  rules: z.array(conceptRuleSchema).min(1),
});
export type ConceptRuleTable = z.infer<typeof conceptRuleTableSchema>;
