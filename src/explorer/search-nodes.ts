// Search over every label, title and alias of the explorer's nodes: accent- and case-insensitive, ranked.
import type { ExplorerGraph, ExplorerNode } from './explorer-graph.ts';
import { compactForSearch, foldForSearch } from '../text/fold.ts';
import { typeRank, type NodeType } from './node-types.ts';

/** Best first: the whole name, its start, the start of one of its words (or every query word), anywhere in it. */
export const MATCH_KINDS = ['exact', 'prefix', 'word', 'substring'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface SearchHit {
  readonly node: ExplorerNode;
  readonly match: MatchKind;
  /** The label or alias that matched best. */
  readonly matched: string;
}

export interface SearchOptions {
  types?: ReadonlySet<NodeType>;
  limit: number;
}

interface IndexedName {
  readonly text: string;
  readonly folded: string;
  readonly compact: string;
  readonly words: readonly string[];
}

const indexes = new WeakMap<ExplorerGraph, { node: ExplorerNode; names: IndexedName[] }[]>();

function indexOf(graph: ExplorerGraph) {
  let index = indexes.get(graph);
  if (!index) {
    index = [...graph.nodes.values()].map((node) => ({
      node,
      names: node.names.map((text) => {
        const folded = foldForSearch(text);
        return { text, folded, compact: compactForSearch(folded), words: folded.split(' ') };
      }),
    }));
    indexes.set(graph, index);
  }
  return index;
}

/**
 * Ranked by match kind, then by type (treatments, then systems, registers, organisations, data…: what a register
 * reader looks for first), then the shorter label (the closer the name), then alphabetically.
 * Returns the hits kept and how many matched in all.
 */
export function searchNodes(graph: ExplorerGraph, query: string, options: SearchOptions): { hits: SearchHit[]; total: number } {
  const folded = foldForSearch(query);
  if (folded === '') return { hits: [], total: 0 };
  const compact = compactForSearch(folded);
  const queryWords = folded.split(' ');
  const hits: (SearchHit & { rank: number })[] = [];
  for (const { node, names } of indexOf(graph)) {
    if (options.types && !options.types.has(node.type)) continue;
    let best: { rank: number; matched: string } | undefined;
    for (const name of names) {
      const rank = rankName(name, folded, compact, queryWords);
      // Among equal matches, the display label rather than an alias.
      if (rank !== undefined && (!best || rank < best.rank || (rank === best.rank && name.text === node.label))) best = { rank, matched: name.text };
    }
    if (best) hits.push({ node, match: MATCH_KINDS[best.rank]!, matched: best.matched, rank: best.rank });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      typeRank(a.node.type) - typeRank(b.node.type) ||
      a.node.label.length - b.node.label.length ||
      a.node.label.localeCompare(b.node.label, 'fr') ||
      (a.node.iri < b.node.iri ? -1 : 1),
  );
  return { hits: hits.slice(0, options.limit).map(({ rank: _rank, ...hit }) => hit), total: hits.length };
}

function rankName(name: IndexedName, folded: string, compact: string, queryWords: readonly string[]): number | undefined {
  if (name.folded === folded || name.compact === compact) return 0;
  if (name.folded.startsWith(folded)) return 1;
  if (` ${name.folded}`.includes(` ${folded}`)) return 2;
  if (queryWords.length > 1 && queryWords.every((q) => name.words.some((w) => w.startsWith(q)))) return 2;
  if (name.folded.includes(folded) || name.compact.includes(compact)) return 3;
  return undefined;
}
