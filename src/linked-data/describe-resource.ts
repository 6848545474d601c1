// The RDF description of one resource: what it says, what is said of it, and the nodes it owns.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { SparqlService } from '../sparql/sparql-service.ts';
import { SPARQL_PROLOGUE } from '../vocab/sparql-prologue.ts';

/**
 * Outgoing triples + incoming triples + the outgoing triples of the nodes the resource owns. A node is owned
 * when its IRI was minted under the resource's own ({iri}/…) and the resource links to it, directly or through
 * another owned node: for a treatment its purposes, retention statements (and their durations), source record
 * and source fields; for a register its source record and preamble fields. dct:hasPart is not followed: a
 * register's treatments are resources of their own, with their own documents.
 * ?resource is bound with initialBindings, never written into the text.
 */
const DESCRIBE_QUERY = `${SPARQL_PROLOGUE}
CONSTRUCT {
  ?resource ?p ?o .
  ?x ?q ?resource .
  ?owned ?op ?oo .
} WHERE {
  { ?resource ?p ?o }
  UNION
  { ?x ?q ?resource }
  UNION
  {
    ?resource ?link ?owned .
    FILTER(?link != dct:hasPart && isIRI(?owned) && STRSTARTS(STR(?owned), CONCAT(STR(?resource), "/")))
    ?owned ?op ?oo
  }
  UNION
  {
    ?resource ?link ?middle .
    FILTER(?link != dct:hasPart && isIRI(?middle) && STRSTARTS(STR(?middle), CONCAT(STR(?resource), "/")))
    ?middle ?link2 ?owned .
    FILTER(?link2 != dct:hasPart && isIRI(?owned) && STRSTARTS(STR(?owned), CONCAT(STR(?middle), "/")))
    ?owned ?op ?oo
  }
}`;

export async function describeResource(sparql: SparqlService, iri: string, options: { signal?: AbortSignal } = {}): Promise<RDF.Quad[]> {
  const quads = await sparql.constructQuads(DESCRIBE_QUERY, { bindings: { resource: DataFactory.namedNode(iri) }, ...options });
  // A triple may match two branches (an owned node pointing back at the resource): keep one copy.
  const seen = new Set<string>();
  const unique = quads.filter((q) => {
    const key = `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Grouped by subject, the resource first, so that Turtle writes each subject once.
  const order = (q: RDF.Quad) => (q.subject.value === iri ? 0 : 1);
  return groupBySubject(unique).sort((a, b) => order(a[0]!) - order(b[0]!)).flat();
}

function groupBySubject(quads: readonly RDF.Quad[]): RDF.Quad[][] {
  const groups = new Map<string, RDF.Quad[]>();
  for (const q of quads) {
    const key = termKey(q.subject);
    const group = groups.get(key);
    if (group) group.push(q);
    else groups.set(key, [q]);
  }
  return [...groups.values()];
}

function termKey(term: RDF.Term): string {
  return term.termType === 'Literal' ? JSON.stringify([term.value, term.language, term.datatype.value]) : `${term.termType}:${term.value}`;
}
