// The shortest connections between two nodes: breadth first over the in-memory graph, every shortest path, best first.
import type { ExplorerGraph } from './explorer-graph.ts';
import { edgeJson, nodeJson, type EdgeJson, type NodeJson } from './explorer-json.ts';
import type { NodeType } from './node-types.ts';

export interface PathOptions {
  /** Most edges on a path. */
  maxLength: number;
  /** Most paths returned. */
  limit: number;
  /** Types the intermediate nodes may have; the two ends may have any. */
  through: ReadonlySet<NodeType>;
  baseIri: string;
}

export interface PathJson {
  /** From the start to the end. */
  nodes: string[];
  /** The edges between consecutive nodes (two nodes may be linked by more than one relation). */
  edges: string[];
}

export interface PathsResult {
  from: string;
  to: string;
  /** Edges on each shortest path; null when none is at most maxLength long. */
  length: number | null;
  /** How many shortest paths there are (up to a bound), before the limit. */
  found: number;
  paths: PathJson[];
  nodes: NodeJson[];
  edges: EdgeJson[];
}

/** Shortest paths enumerated at most; beyond, the count says "at least". */
const ENUMERATION_BOUND = 5_000;

/**
 * Paths through rarer nodes come first: a system two treatments share says more than "Nom", which half of them
 * process. A path's weight is the sum of the logarithms of its intermediate nodes' degrees.
 */
export function findShortestPaths(graph: ExplorerGraph, from: string, to: string, options: PathOptions): PathsResult {
  const allowedMiddle = (iri: string) => iri === to || options.through.has(graph.nodes.get(iri)!.type);
  const distance = new Map<string, number>([[from, 0]]);
  const predecessors = new Map<string, Set<string>>();
  let ring = [from];
  let length: number | null = from === to ? 0 : null;
  for (let d = 1; d <= options.maxLength && length === null && ring.length > 0; d++) {
    const next: string[] = [];
    for (const current of ring) {
      for (const { node } of graph.neighbours(current)) {
        if (!allowedMiddle(node)) continue;
        const known = distance.get(node);
        if (known === undefined) {
          distance.set(node, d);
          next.push(node);
        }
        if ((known ?? d) === d) {
          let set = predecessors.get(node);
          if (!set) predecessors.set(node, (set = new Set()));
          set.add(current);
        }
      }
    }
    if (distance.has(to)) length = d;
    // The end is never walked through; nodes that only lead on are dropped from the next ring.
    ring = next.filter((n) => n !== to);
  }

  const paths: string[][] = [];
  if (length !== null) {
    const walk = (node: string, suffix: string[]): void => {
      if (paths.length >= ENUMERATION_BOUND) return;
      if (node === from) {
        paths.push([from, ...suffix]);
        return;
      }
      for (const previous of predecessors.get(node) ?? []) walk(previous, [node, ...suffix]);
    };
    if (from === to) paths.push([from]);
    else walk(to, []);
  }
  const weight = (path: string[]) => path.slice(1, -1).reduce((sum, iri) => sum + Math.log(1 + graph.neighbours(iri).length), 0);
  const ranked = paths
    .map((path) => ({ path, weight: weight(path), key: path.join(' ') }))
    .sort((a, b) => a.weight - b.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, options.limit);

  const nodes = new Map<string, NodeJson>();
  const edges = new Map<string, EdgeJson>();
  const result: PathJson[] = ranked.map(({ path }) => {
    const ids: string[] = [];
    path.forEach((iri, i) => {
      if (!nodes.has(iri)) nodes.set(iri, nodeJson(graph, graph.nodes.get(iri)!, options.baseIri));
      const next = path[i + 1];
      if (next === undefined) return;
      for (const { edge, node } of graph.neighbours(iri)) {
        if (node !== next) continue;
        ids.push(edge.id);
        if (!edges.has(edge.id)) edges.set(edge.id, edgeJson(graph, edge));
      }
    });
    return { nodes: path, edges: ids };
  });
  return { from, to, length, found: paths.length, paths: result, nodes: [...nodes.values()], edges: [...edges.values()] };
}
