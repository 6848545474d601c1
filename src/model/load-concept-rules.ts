// Loads the rule tables of ontology/rules/ (purposes, measures), validated with zod; a broken file is named in the error.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRecogniser } from './recognise-entities.ts';
import { conceptRuleTableSchema, type ConceptRuleKind, type ConceptRuleTable } from './concept-rule.ts';
import { CatalogueError } from './load-catalogues.ts';
import { rulesForLanguage } from './classify-concepts.ts';

const DEFAULT_DIR = fileURLToPath(new URL('../../ontology/rules/', import.meta.url));

/** The file each table is kept in. */
export const RULE_FILES: Readonly<Record<ConceptRuleKind, string>> = {
  purpose: 'purposes.json',
  measure: 'measures.json',
};

export type ConceptRules = Readonly<Record<ConceptRuleKind, ConceptRuleTable>>;

export async function loadConceptRules(dir: string = DEFAULT_DIR): Promise<ConceptRules> {
  const [purpose, measure] = await Promise.all([readTable(dir, 'purpose'), readTable(dir, 'measure')]);
  return { purpose, measure };
}

async function readTable(dir: string, kind: ConceptRuleKind): Promise<ConceptRuleTable> {
  const file = RULE_FILES[kind];
  let json: unknown;
  try {
    json = JSON.parse(await readFile(join(dir, file), 'utf8'));
  } catch (error) {
    throw new CatalogueError(file, `cannot be read as JSON: ${(error as Error).message}`);
  }
  const parsed = conceptRuleTableSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
    throw new CatalogueError(file, issues.join('; '));
  }
  const table = parsed.data;
  if (table.kind !== kind) throw new CatalogueError(file, `kind: "${table.kind}" does not match the file name (expected "${kind}")`);
  const seen = new Set<string>();
  table.rules.forEach((rule, i) => {
    if (seen.has(rule.concept)) throw new CatalogueError(file, `rules.${i}.concept: "${rule.concept}" has two rules; merge them`);
    seen.add(rule.concept);
    if (rule.keywords.length + rule.keywordsEn.length + rule.patterns.length + rule.patternsEn.length === 0) {
      throw new CatalogueError(file, `rules.${i} (${rule.concept}): no keyword nor pattern`);
    }
  });
  try {
    createRecogniser(rulesForLanguage(table, 'fr'));
    createRecogniser(rulesForLanguage(table, 'en'));
  } catch (error) {
    throw new CatalogueError(file, (error as Error).message);
  }
  return table;
}
