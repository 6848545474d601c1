// The whole graph at once, for the chosen types: the best-connected nodes first when the limit cuts.
import type { ExplorerGraph } from './explorer-graph.ts';
import { edgeJson, nodeJson, type EdgeJson, type NodeJson } from './explorer-json.ts';
import type { NodeType } from './node-types.ts';
import { compareNodes } from './build-neighbourhood.ts';

export interface Overview {
  nodes: NodeJson[];
  edges: EdgeJson[];
  truncated: boolean;
  /** Nodes of the chosen types linked to at least one other. */
  available: number;
}

/** Nodes with no neighbour of the chosen types are left out: alone, they say nothing in a drawing. */
export function buildOverview(graph: ExplorerGraph, options: { types: ReadonlySet<NodeType>; limit: number; baseIri: string }): Overview {
  const allowed = (iri: string) => options.types.has(graph.nodes.get(iri)!.type);
  const degree = (iri: string) => new Set(graph.neighbours(iri).filter((n) => allowed(n.node)).map((n) => n.node)).size;
  const candidates = [...graph.nodes.values()]
    .filter((n) => options.types.has(n.type))
    .map((n) => ({ node: n, degree: degree(n.iri) }))
    .filter((c) => c.degree > 0)
    .sort((a, b) => b.degree - a.degree || compareNodes(a.node, b.node));
  const kept = candidates.slice(0, options.limit);
  const keptSet = new Set(kept.map((c) => c.node.iri));
  const edges = new Map<string, EdgeJson>();
  const nodes = kept.map(({ node, degree: d }) => {
    let shown = 0;
    const seen = new Set<string>();
    for (const { edge, node: other } of graph.neighbours(node.iri)) {
      if (!keptSet.has(other)) continue;
      if (!edges.has(edge.id)) edges.set(edge.id, edgeJson(graph, edge));
      if (!seen.has(other)) {
        seen.add(other);
        shown++;
      }
    }
    return nodeJson(graph, node, options.baseIri, { degree: d, hidden: d - shown });
  });
  return { nodes, edges: [...edges.values()], truncated: kept.length < candidates.length, available: candidates.length };
}
