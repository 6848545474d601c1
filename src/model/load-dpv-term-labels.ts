// Our French labels of the DPV terms (ontology/dpv-terms.ttl): the names our exports print for catalogue entries that are DPV terms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import { ONTOLOGY_DIR } from '../config/project-paths.ts';
import { skos } from '../vocab/namespaces.ts';

let cache: ReadonlyMap<string, string> | undefined;

/** DPV term IRI → its French skos:prefLabel. */
export function loadDpvTermLabels(): ReadonlyMap<string, string> {
  if (cache) return cache;
  const labels = new Map<string, string>();
  for (const quad of new Parser().parse(readFileSync(join(ONTOLOGY_DIR, 'dpv-terms.ttl'), 'utf8'))) {
    if (quad.predicate.equals(skos.prefLabel) && quad.object.termType === 'Literal' && quad.object.language === 'fr') labels.set(quad.subject.value, quad.object.value);
  }
  cache = labels;
  return labels;
}
