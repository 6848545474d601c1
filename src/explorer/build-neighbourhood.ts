// The neighbourhood of a node, breadth first, within a depth and a number of nodes; what is cut is counted.
import type { ExplorerGraph, ExplorerNode } from './explorer-graph.ts';
import { edgeJson, nodeJson, type EdgeJson, type NodeJson } from './explorer-json.ts';
import { typeRank, type NodeType } from './node-types.ts';

export interface NeighbourhoodOptions {
  depth: 1 | 2;
  /** Node types to show and to walk through; the focus is always shown. */
  types: ReadonlySet<NodeType>;
  /** Most nodes in the answer, the focus included. */
  limit: number;
  baseIri: string;
}

export interface Neighbourhood {
  focus: string;
  depth: number;
  nodes: NodeJson[];
  edges: EdgeJson[];
  /** True when the limit left reachable nodes out. */
  truncated: boolean;
  /** Nodes within the depth, before the limit. */
  reachable: number;
}

/**
 * Each ring is ordered before it is cut: the nodes tied to more of those already kept first (at depth 2, the
 * treatments that share most with the focus), then by type and label. Every edge between kept nodes is given.
 */
export function buildNeighbourhood(graph: ExplorerGraph, focus: ExplorerNode, options: NeighbourhoodOptions): Neighbourhood {
  const allowed = (iri: string) => options.types.has(graph.nodes.get(iri)!.type);
  const reachable = countWithin(graph, focus.iri, options.depth, allowed);
  const distance = new Map<string, number>([[focus.iri, 0]]);
  const kept: string[] = [focus.iri];
  let ring = [focus.iri];
  for (let d = 1; d <= options.depth && ring.length > 0; d++) {
    // Only through kept nodes: every node shown is linked to the focus by nodes shown.
    const ties = new Map<string, number>();
    for (const from of ring) {
      for (const { node } of graph.neighbours(from)) {
        if (distance.has(node) || !allowed(node)) continue;
        ties.set(node, (ties.get(node) ?? 0) + 1);
      }
    }
    const candidates = [...ties.keys()].sort((a, b) => ties.get(b)! - ties.get(a)! || compareNodes(graph.nodes.get(a)!, graph.nodes.get(b)!));
    ring = candidates.slice(0, Math.max(0, options.limit - kept.length));
    for (const iri of ring) {
      distance.set(iri, d);
      kept.push(iri);
    }
  }
  const truncated = kept.length < reachable;
  const keptSet = new Set(kept);
  const edges = new Map<string, EdgeJson>();
  const nodes = kept.map((iri) => {
    let degree = 0;
    let hidden = 0;
    const seen = new Set<string>();
    for (const { edge, node } of graph.neighbours(iri)) {
      if (keptSet.has(node) && !edges.has(edge.id)) edges.set(edge.id, edgeJson(graph, edge));
      if (seen.has(node) || !allowed(node)) continue;
      seen.add(node);
      degree++;
      if (!keptSet.has(node)) hidden++;
    }
    return nodeJson(graph, graph.nodes.get(iri)!, options.baseIri, { degree, hidden, distance: distance.get(iri)! });
  });
  return { focus: focus.iri, depth: options.depth, nodes, edges: [...edges.values()], truncated, reachable };
}

/** Nodes within `depth` steps of `start` through allowed nodes, `start` included. */
function countWithin(graph: ExplorerGraph, start: string, depth: number, allowed: (iri: string) => boolean): number {
  const seen = new Set([start]);
  let ring = [start];
  for (let d = 1; d <= depth && ring.length > 0; d++) {
    const next: string[] = [];
    for (const from of ring) {
      for (const { node } of graph.neighbours(from)) {
        if (seen.has(node) || !allowed(node)) continue;
        seen.add(node);
        next.push(node);
      }
    }
    ring = next;
  }
  return seen.size;
}

export function compareNodes(a: ExplorerNode, b: ExplorerNode): number {
  return typeRank(a.type) - typeRank(b.type) || a.label.localeCompare(b.label, 'fr') || (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0);
}
