// Adds to a typed treatment what its cells say in DPV terms: purposes and measures classified, legal bases beyond the
// GDPR, transfers with their country, recipient and safeguard, retention with its event and scope.
import type { Catalogues } from './load-catalogues.ts';
import type { ConceptRules } from './load-concept-rules.ts';
import type { Language } from './language.ts';
import type { Treatment } from './treatment.ts';
import { createTreatmentClassifier } from './classify-treatment.ts';
import { createLegalBasisReader } from './read-legal-bases.ts';
import { createTransferFinder } from './find-transfers.ts';
import { createRetentionReader } from './read-retention-scope.ts';
import { cleanText } from './text/clean-text.ts';

export type TreatmentEnricher = (treatment: Treatment, language: Language) => Treatment;

export function createTreatmentEnricher(catalogues: Catalogues, rules: ConceptRules): TreatmentEnricher {
  const classify = createTreatmentClassifier(rules);
  const readLegalBases = createLegalBasisReader(catalogues);
  const findTransfers = createTransferFinder(catalogues);
  const readRetention = createRetentionReader(catalogues);
  return (treatment, language) => {
    // A form lists its measures one by one (the CNIL fiche): each is classified; else the security item as a whole.
    const items = treatment.securityMeasures;
    const security = items ? undefined : treatment.fields.find((f) => f.key === 'securityMeasures')?.text;
    const { purposeConcepts, measureConcepts, itemConcepts } = classify(
      { title: treatment.title, purposes: treatment.purposes, ...(security !== undefined ? { security } : {}), ...(items ? { measures: items.map((m) => m.text) } : {}) },
      language,
    );
    // A listed measure falls under the DPV measure its type stands for and under what its words say.
    const securityMeasures = items?.map((m, i) => ({ ...m, concepts: unique([...m.concepts, ...itemConcepts[i]!]) }));
    const legal = readLegalBases(treatment, language);
    const transfers = findTransfers(treatment, language, legal.statements ?? []);
    // The cells retention is read from, cleaned as the entries are: a re-split must keep their words.
    const source = treatment.fields.filter((f) => ['retention', 'dataCategories', 'dataSubjectsAndCategories'].includes(f.key)).map((f) => cleanText(f.text)).join('\n');
    const { transfers: _stated, ...rest } = treatment;
    return {
      ...rest,
      retention: readRetention(treatment.retention, language, source),
      ...(legal.statements ? { legalBasisStatements: legal.statements } : {}),
      ...(purposeConcepts.length > 0 ? { purposeConcepts } : {}),
      ...(measureConcepts.length > 0 ? { measureConcepts } : {}),
      ...(securityMeasures ? { securityMeasures } : {}),
      ...(legal.bases.length > 0 ? { legalBasisEntries: legal.bases } : {}),
      ...(transfers.length > 0 ? { transfers } : {}),
    };
  };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
