// The best French label of every labelled IRI of the graph, read once per engine: the graph is read-only.
import type { SparqlService } from '../sparql/sparql-service.ts';
import { dct, rdfs, skos } from '../vocab/namespaces.ts';
import { SPARQL_PROLOGUE } from '../vocab/sparql-prologue.ts';
import { STANDARD_TERM_LABELS } from '../vocab/standard-term-labels.ts';

/** Order of preference among the labelling properties, as the pages title a resource. */
const LABEL_PROPERTIES = [rdfs.label.value, dct.title.value, skos.prefLabel.value];

const LABELS_QUERY = `${SPARQL_PROLOGUE}
SELECT ?term ?property ?label WHERE {
  VALUES ?property { rdfs:label dct:title skos:prefLabel }
  ?term ?property ?label .
  FILTER(isIRI(?term) && isLiteral(?label))
}`;

export interface LabelIndex {
  /** A French label if there is one, else an untagged one, else any; then our fallback for W3C terms. */
  labelOf(iri: string): string | undefined;
  /** The language tag of that label ("fr", "en"…), when it has one. */
  languageOf(iri: string): string | undefined;
  readonly size: number;
}

// About 2,500 labels: one query for the lifetime of the server rather than one per page.
const cache = new WeakMap<SparqlService, Promise<LabelIndex>>();

export function loadLabelIndex(sparql: SparqlService): Promise<LabelIndex> {
  let pending = cache.get(sparql);
  if (!pending) {
    pending = readLabels(sparql);
    cache.set(sparql, pending);
    // A failure (a timeout under load) must not stick: the next page tries again.
    pending.catch(() => cache.delete(sparql));
  }
  return pending;
}

async function readLabels(sparql: SparqlService): Promise<LabelIndex> {
  const best = new Map<string, { rank: number; label: string; language: string }>();
  for (const row of await sparql.selectRows(LABELS_QUERY)) {
    const { term, property, label } = row;
    if (!term || !property || label?.termType !== 'Literal') continue;
    const rank = languageRank(label.language) * LABEL_PROPERTIES.length + LABEL_PROPERTIES.indexOf(property.value);
    const known = best.get(term.value);
    if (!known || rank < known.rank || (rank === known.rank && label.value < known.label)) best.set(term.value, { rank, label: label.value, language: label.language });
  }
  return {
    labelOf: (iri) => best.get(iri)?.label ?? STANDARD_TERM_LABELS[iri],
    languageOf: (iri) => best.get(iri)?.language || (STANDARD_TERM_LABELS[iri] ? 'fr' : undefined),
    size: best.size,
  };
}

function languageRank(language: string): number {
  if (language === 'fr' || language.startsWith('fr-')) return 0;
  return language === '' ? 1 : 2;
}
