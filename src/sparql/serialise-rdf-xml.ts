// RDF/XML output, which N3.js and Comunica lack: rdflib serialises the quads.
import type * as RDF from '@rdfjs/types';
import * as $rdf from 'rdflib';
import { PREFIXES } from '../vocab/namespaces.ts';
import { FORMATS } from '../rdf/formats.ts';

export async function serialiseRdfXml(quads: readonly RDF.Quad[]): Promise<string> {
  const graph = $rdf.graph();
  for (const q of quads) {
    graph.add(toRdflibTerm(q.subject) as never, toRdflibTerm(q.predicate) as never, toRdflibTerm(q.object) as never);
  }
  for (const [prefix, iri] of Object.entries(PREFIXES)) graph.setPrefixForURI(prefix, iri);
  return new Promise((resolve, reject) => {
    $rdf.serialize(null, graph, undefined, FORMATS.rdfXml.mediaType, (error, result) => (error ? reject(error) : resolve(closeEmptyNodes(result ?? ''))));
  });
}

/**
 * A node with nothing but its type (an organisation typed by the role it plays in a register) comes out of rdflib as
 * `<dpv:Recipient rdf:about="…">` + whitespace + `</dpv:Recipient>`, which rdflib's own parser reads back with an
 * rdf:value of that whitespace: the empty element says the same and reads back right.
 */
function closeEmptyNodes(xml: string): string {
  return xml.replace(/<([\w.-]+:[\w.-]+)( rdf:(?:about|nodeID)="[^"]*")>\s*<\/\1>/g, '<$1$2/>');
}

function toRdflibTerm(term: RDF.Term) {
  switch (term.termType) {
    case 'NamedNode':
      return $rdf.sym(term.value);
    case 'BlankNode':
      return $rdf.blankNode(term.value);
    case 'Literal':
      return term.language ? $rdf.literal(term.value, term.language) : $rdf.literal(term.value, $rdf.sym(term.datatype.value));
    default:
      throw new Error(`cannot write a ${term.termType} in RDF/XML`);
  }
}
