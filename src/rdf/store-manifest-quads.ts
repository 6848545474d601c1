// The manifest graph `ropa publish` writes last into an external store: which build it holds, when, and its graphs' sizes.
import { DataFactory, type Quad } from 'n3';
import { dct, rdf, ropa, voidNs, xsd } from '../vocab/namespaces.ts';

const { namedNode, literal, quad } = DataFactory;

/** The manifest graph IRI of a base: where `ropa publish` writes it and `ropa serve --store` reads it. */
export function nameManifestGraph(baseIri: string): string {
  return `${baseIri}graph/manifest`;
}

export interface StoreManifest {
  /** {base}graph/manifest: the manifest graph's name and its dataset's IRI. */
  readonly iri: string;
  /** The build's inputsHash (manifest.json): a server compares it with its own to know the store is current. */
  readonly inputsHash: string;
  readonly issued: Date;
  /** Every published graph and its triple count, in publishing order. */
  readonly graphs: readonly { readonly iri: string; readonly triples: number }[];
}

/**
 * `<manifest> a void:Dataset ; ropa:inputsHash "…" ; dct:issued "…"^^xsd:dateTime ; void:triples N ;
 * void:subset <g1>, <g2>… .` and `<gN> void:triples n` for each graph: the shape `ropa serve --store` reads.
 */
export function buildStoreManifestQuads(manifest: StoreManifest): Quad[] {
  const dataset = namedNode(manifest.iri);
  const total = manifest.graphs.reduce((n, g) => n + g.triples, 0);
  const count = (n: number) => literal(String(n), xsd.integer);
  return [
    quad(dataset, rdf.type, voidNs.Dataset),
    quad(dataset, ropa.inputsHash, literal(manifest.inputsHash)),
    quad(dataset, dct.issued, literal(manifest.issued.toISOString(), xsd.dateTime)),
    quad(dataset, voidNs.triples, count(total)),
    ...manifest.graphs.map((g) => quad(dataset, voidNs.subset, namedNode(g.iri))),
    ...manifest.graphs.map((g) => quad(namedNode(g.iri), voidNs.triples, count(g.triples))),
  ];
}
