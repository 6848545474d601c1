// Places a statement (a purpose, a security measure) under the concepts whose words it contains, per a rule table.
import type { ConceptRuleTable } from './concept-rule.ts';
import type { Language } from './language.ts';
import { createRecogniser, type RecognisableEntry } from './recognise-entities.ts';

/** The concepts (CURIEs) a text falls under, in order of first mention. */
export type ConceptClassifier = (text: string) => string[];

/** A classifier per language, built once per table. */
export function createConceptClassifier(table: ConceptRuleTable, language: Language): ConceptClassifier {
  return createRecogniser(rulesForLanguage(table, language));
}

/** The rules as recognisable entries: the concept is the id; the words of the register's language are the names. */
export function rulesForLanguage(table: ConceptRuleTable, language: Language): RecognisableEntry[] {
  // An empty label compiles to no name: only the listed words are matched.
  return table.rules.map((rule) =>
    language === 'fr'
      ? { id: rule.concept, label: '', aliases: rule.keywords, patterns: rule.patterns }
      : { id: rule.concept, label: '', aliases: rule.keywordsEn, patterns: rule.patternsEn },
  );
}
