// Counts of the explorer's graph: nodes by type, sensitive data, and the systems and data categories most shared.
import { dpv } from '../vocab/namespaces.ts';
import type { ExplorerGraph, ExplorerNode } from './explorer-graph.ts';
import { nodeJson, type NodeJson } from './explorer-json.ts';
import { NODE_TYPE_LABELS, NODE_TYPES, SENSITIVITY_KINDS, SENSITIVITY_LABELS, type NodeType, type SensitivityKind } from './node-types.ts';

export interface SharedEntity extends NodeJson {
  /** Treatments linked to it. */
  treatments: number;
  /** Registers those treatments belong to. */
  registers: number;
}

export interface ExplorerStats {
  nodes: number;
  edges: number;
  byType: { type: NodeType; label: string; count: number }[];
  sensitive: { kind: SensitivityKind; label: string; dataCategories: number; treatments: number }[];
  registers: (NodeJson & { treatments: number })[];
  topSystems: SharedEntity[];
  topDataCategories: SharedEntity[];
  /** The relations drawn, with their French label and how many edges each has. */
  relations: { property: string; label: string; count: number }[];
}

export function computeStats(graph: ExplorerGraph, options: { limit: number; baseIri: string }): ExplorerStats {
  const nodes = [...graph.nodes.values()];
  const count = (type: NodeType) => nodes.filter((n) => n.type === type).length;
  const treatmentsOf = (node: ExplorerNode, property?: string): ExplorerNode[] => {
    const found = new Map<string, ExplorerNode>();
    for (const { edge, node: other } of graph.neighbours(node.iri)) {
      const n = graph.nodes.get(other)!;
      if (n.type === 'treatment' && (!property || edge.property === property)) found.set(n.iri, n);
    }
    return [...found.values()];
  };
  const shared = (type: NodeType, property: string): SharedEntity[] =>
    nodes
      .filter((n) => n.type === type)
      .map((n) => {
        const treatments = treatmentsOf(n, property);
        return { ...nodeJson(graph, n, options.baseIri), treatments: treatments.length, registers: new Set(treatments.map((t) => t.register)).size };
      })
      .filter((s) => s.treatments > 0)
      .sort((a, b) => b.treatments - a.treatments || b.registers - a.registers || a.label.localeCompare(b.label, 'fr'))
      .slice(0, options.limit);
  const relationCounts = new Map<string, number>();
  for (const e of graph.edges) relationCounts.set(e.property, (relationCounts.get(e.property) ?? 0) + 1);
  return {
    nodes: nodes.length,
    edges: graph.edges.length,
    byType: NODE_TYPES.map((type) => ({ type, label: NODE_TYPE_LABELS[type], count: count(type) })),
    sensitive: SENSITIVITY_KINDS.map((kind) => ({
      kind,
      label: SENSITIVITY_LABELS[kind],
      dataCategories: nodes.filter((n) => n.type === 'data-category' && n.sensitive.includes(kind)).length,
      treatments: nodes.filter((n) => n.type === 'treatment' && n.sensitive.includes(kind)).length,
    })),
    registers: nodes
      .filter((n) => n.type === 'register')
      .map((n) => ({ ...nodeJson(graph, n, options.baseIri), treatments: treatmentsOf(n).length }))
      .sort((a, b) => (a.iri < b.iri ? -1 : 1)),
    topSystems: shared('system', dpv.isImplementedUsingTechnology.value),
    topDataCategories: shared('data-category', dpv.hasPersonalData.value),
    relations: graph.properties.map((property) => ({ property, label: graph.propertyLabel(property), count: relationCounts.get(property) ?? 0 })),
  };
}
