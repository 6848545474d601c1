// The French labels of the concepts the rule tables place purposes under (ontology/rules/purposes.json): DPV's from
// dpv-terms.ttl, ours from ropa.ttl. Our exports print them after a purpose; building an export back takes them off.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import { ONTOLOGY_DIR } from '../config/project-paths.ts';
import { expandCurie, skos } from '../vocab/namespaces.ts';
import { conceptRuleTableSchema } from './concept-rule.ts';
import { RULE_FILES } from './load-concept-rules.ts';
import { loadDpvTermLabels } from './load-dpv-term-labels.ts';

let cache: readonly string[] | undefined;

/** The French labels of the purpose concepts, longest first. */
export function loadPurposeConceptLabels(): readonly string[] {
  if (cache) return cache;
  const labels = new Map(loadDpvTermLabels());
  for (const quad of new Parser().parse(readFileSync(join(ONTOLOGY_DIR, 'ropa.ttl'), 'utf8'))) {
    if (quad.predicate.equals(skos.prefLabel) && quad.object.termType === 'Literal' && quad.object.language === 'fr') labels.set(quad.subject.value, quad.object.value);
  }
  const table = conceptRuleTableSchema.parse(JSON.parse(readFileSync(join(ONTOLOGY_DIR, 'rules', RULE_FILES.purpose), 'utf8')));
  const found = table.rules.map((rule) => labels.get(expandCurie(rule.concept).value)).filter((label): label is string => label !== undefined);
  cache = [...new Set(found)].sort((a, b) => b.length - a.length);
  return cache;
}
