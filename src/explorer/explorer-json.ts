// The JSON shapes of the explorer API (described in public/explore/openapi.json), built from the in-memory graph.
import type { ExplorerEdge, ExplorerGraph, ExplorerNode } from './explorer-graph.ts';
import { NODE_TYPE_LABELS, type NodeType, type SensitivityKind } from './node-types.ts';
import { resourcePath } from '../linked-data/resource-path.ts';

export interface NodeRef {
  iri: string;
  label: string;
  shortLabel: string;
}

export interface NodeJson extends NodeRef {
  type: NodeType;
  typeLabel: string;
  /** Where the resource's page is on this server: its path for our IRIs, /resource?iri=… for DPV terms. */
  page: string;
  sensitive: SensitivityKind[];
  /** Treatments: their register. */
  register?: NodeRef;
  /** Neighbours of the requested types, shown or not. */
  degree?: number;
  /** Neighbours of the requested types that the response leaves out (limit or depth). */
  hidden?: number;
  /** Steps from the focus node (neighbourhoods). */
  distance?: number;
}

export interface EdgeJson {
  id: string;
  source: string;
  target: string;
  property: string;
  /** The property's French label, e.g. "est mis en œuvre avec la technologie". */
  label: string;
}

export function nodeRef(node: ExplorerNode): NodeRef {
  return { iri: node.iri, label: node.label, shortLabel: node.shortLabel };
}

export function nodeJson(graph: ExplorerGraph, node: ExplorerNode, baseIri: string, extra: Pick<NodeJson, 'degree' | 'hidden' | 'distance'> = {}): NodeJson {
  const register = node.register ? graph.nodes.get(node.register) : undefined;
  return {
    ...nodeRef(node),
    type: node.type,
    typeLabel: NODE_TYPE_LABELS[node.type],
    page: resourcePage(node.iri, baseIri),
    sensitive: [...node.sensitive],
    ...(register ? { register: nodeRef(register) } : {}),
    ...extra,
  };
}

export function edgeJson(graph: ExplorerGraph, edge: ExplorerEdge): EdgeJson {
  return { id: edge.id, source: edge.source, target: edge.target, property: edge.property, label: graph.propertyLabel(edge.property) };
}

/** Our IRIs dereference at their own path (server-relative, so any host name works); other terms at /resource. */
export function resourcePage(iri: string, baseIri: string): string {
  return resourcePath(iri, baseIri);
}
