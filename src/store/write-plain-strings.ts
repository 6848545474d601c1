// Rewrites "x"^^xsd:string in a query as the simple literal "x", which some stores do not take as the same term.
import sparqljs from 'sparqljs';

/** The datatype as a query spells it: in full (as Comunica writes it when it rewrites a query) or prefixed. */
const XSD_STRING_MARK = /XMLSchema#string>|:string\b/;

/**
 * RDF 1.1 makes "NIR" and "NIR"^^xsd:string one term, but Virtuoso 7 matches neither the data's "NIR" nor
 * LANG(?l) = "fr" when the query spells the datatype out; Comunica does, each time it rewrites a query (initial
 * bindings). sparqljs writes such a literal back in its short form, so the query is parsed and written again
 * when the datatype occurs in it; a text sparqljs cannot read goes as it is, for the store's parser to judge.
 */
export function writePlainStrings(query: string): string {
  if (!XSD_STRING_MARK.test(query)) return query;
  try {
    const tree = new sparqljs.Parser().parse(query);
    // Written with full IRIs: with its prefixes kept, sparqljs writes "a"^^xsd:string out again.
    tree.prefixes = {};
    return new sparqljs.Generator().stringify(tree);
  } catch {
    return query;
  }
}
