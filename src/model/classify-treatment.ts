// Places a treatment's purposes and security measures under DPV concepts (ontology/rules/), keeping where the words were.
import type { ConceptRules } from './load-concept-rules.ts';
import { createConceptClassifier, type ConceptClassifier } from './classify-concepts.ts';
import type { Language } from './language.ts';
import type { PurposeConcepts } from './treatment.ts';

export interface TreatmentClassification {
  /** One entry per purpose statement, in the same order. */
  purposeConcepts: PurposeConcepts[];
  /** Concepts of the security measures item, when the register has one. */
  measureConcepts: string[];
  /** Concepts of each measure a form lists one by one, in the same order. */
  itemConcepts: string[][];
}

export interface TreatmentText {
  readonly title: string;
  readonly purposes: readonly string[];
  /** The security measures item, verbatim; undefined when the register has none. */
  readonly security?: string;
  /** The measures a form lists one by one (the CNIL fiche's rows), each classified on its own. */
  readonly measures?: readonly string[];
}

export type TreatmentClassifier = (treatment: TreatmentText, language: Language) => TreatmentClassification;

/** A statement that announces a list: it ends with a colon. */
const LEAD_IN = /:\s*$/;

/** The concepts of the statements after `index`, up to the next lead-in, without duplicates. */
function introducedItems(texts: readonly string[], own: readonly string[][], index: number): string[] {
  const found = new Set<string>();
  for (let i = index + 1; i < own.length && !LEAD_IN.test(texts[i]!); i += 1) {
    for (const concept of own[i]!) found.add(concept);
  }
  return [...found];
}

export function createTreatmentClassifier(rules: ConceptRules): TreatmentClassifier {
  const classifiers: Record<Language, { purpose: ConceptClassifier; measure: ConceptClassifier }> = {
    fr: { purpose: createConceptClassifier(rules.purpose, 'fr'), measure: createConceptClassifier(rules.measure, 'fr') },
    en: { purpose: createConceptClassifier(rules.purpose, 'en'), measure: createConceptClassifier(rules.measure, 'en') },
  };
  return (treatment, language) => {
    const { purpose, measure } = classifiers[language];
    const fromTitle = purpose(treatment.title);
    const own = treatment.purposes.map((text) => purpose(text));
    return {
      purposeConcepts: treatment.purposes.map((text, i): PurposeConcepts => {
        if (own[i]!.length > 0) return { concepts: own[i]!, from: 'statement' };
        // "Socle Solen permettant de :" introduces the items that follow it: it is what they are.
        const items = LEAD_IN.test(text) ? introducedItems(treatment.purposes, own, i) : [];
        if (items.length > 0) return { concepts: items, from: 'list' };
        // An item that names no concept ("inscription", "The process consists of two steps:") is part of what the
        // treatment's title says it is.
        return fromTitle.length > 0 ? { concepts: fromTitle, from: 'title' } : { concepts: [], from: 'statement' };
      }),
      measureConcepts: treatment.security === undefined ? [] : measure(treatment.security),
      itemConcepts: (treatment.measures ?? []).map((text) => measure(text)),
    };
  };
}
