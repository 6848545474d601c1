// The explorer's in-memory view of the graph: typed, labelled nodes and the relations between them.
import type { NodeType, SensitivityKind } from './node-types.ts';

export interface ExplorerNode {
  readonly iri: string;
  readonly type: NodeType;
  /** The best French label (rdfs:label, dct:title, skos:prefLabel, in that order), else the IRI's local name. */
  readonly label: string;
  /** A label short enough for a graph drawing (registers: "Registre 004 · DTNUM"). */
  readonly shortLabel: string;
  /** Every label, title and alias: what search looks at. */
  readonly names: readonly string[];
  /** Data categories: their own sensitivity; treatments: that of the data they process. Empty when none. */
  readonly sensitive: readonly SensitivityKind[];
  /** Treatments: the register they belong to. */
  readonly register?: string;
}

export interface ExplorerEdge {
  /** Stable for the lifetime of the server: the position in the sorted edge list ("e42"). */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly property: string;
}

export interface Neighbour {
  readonly edge: ExplorerEdge;
  /** The node at the other end, whichever the direction of the edge. */
  readonly node: string;
}

export interface ExplorerGraph {
  readonly nodes: ReadonlyMap<string, ExplorerNode>;
  readonly edges: readonly ExplorerEdge[];
  /** Both directions: a relation links its two ends for exploration. */
  neighbours(iri: string): readonly Neighbour[];
  /** French label of a relation, e.g. "a pour responsable du traitement". */
  propertyLabel(iri: string): string;
  /** French label of any IRI of the graph (a class, a property…), else its prefixed name. */
  labelOf(iri: string): string;
  /** The relations the explorer follows, in a fixed order (for documentation and shared SPARQL queries). */
  readonly properties: readonly string[];
}
