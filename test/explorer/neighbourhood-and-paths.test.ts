// Neighbourhoods (depth, types, limit, hidden counts) and shortest paths (all of them, rarer nodes first).
import { describe, expect, it } from 'vitest';
import { buildNeighbourhood } from '../../src/explorer/build-neighbourhood.ts';
import { findShortestPaths } from '../../src/explorer/find-shortest-paths.ts';
import { buildOverview } from '../../src/explorer/build-overview.ts';
import { computeStats } from '../../src/explorer/compute-stats.ts';
import { NODE_TYPES, type NodeType } from '../../src/explorer/node-types.ts';
import { BASE, fixtureGraph, iri } from './fixture-graph.ts';

const graph = fixtureGraph();
const all = new Set(NODE_TYPES);
const only = (...types: NodeType[]) => new Set(types);
const around = (key: keyof typeof iri, options: { depth?: 1 | 2; types?: Set<NodeType>; limit?: number } = {}) =>
  buildNeighbourhood(graph, graph.nodes.get(iri[key])!, { depth: options.depth ?? 1, types: options.types ?? all, limit: options.limit ?? 100, baseIri: BASE });

describe('the neighbourhood of a node', () => {
  it('gives the neighbours, the edges between the nodes given, and what each node still hides', () => {
    const view = around('rio');
    expect(view.nodes.map((n) => n.iri).sort()).toEqual([iri.rio, iri.t2, iri.t3, iri.dtnum].sort());
    expect(view.nodes[0]).toMatchObject({ iri: iri.rio, distance: 0, degree: 3, hidden: 0, page: '/system/rio', typeLabel: 'Système d’information' });
    // t2 → dtnum is drawn too: both ends are in the view.
    expect(view.edges.map((e) => `${e.source} ${e.target}`)).toContain(`${iri.t2} ${iri.dtnum}`);
    const t2 = view.nodes.find((n) => n.iri === iri.t2);
    expect(t2).toMatchObject({ distance: 1, register: { iri: iri.regB, shortLabel: 'Registre 004 · DTNUM' } });
    expect(t2?.hidden).toBe((t2?.degree ?? 0) - 2); // rio and dtnum are shown
    expect(view.truncated).toBe(false);
  });

  it('walks two steps at depth 2, only through the types asked for', () => {
    const view = around('rio', { depth: 2, types: only('treatment', 'system', 'data-category') });
    const shown = view.nodes.map((n) => n.iri);
    expect(shown).toEqual(expect.arrayContaining([iri.t2, iri.t3, iri.name, iri.health]));
    expect(shown).not.toContain(iri.dtnum);
    expect(shown).not.toContain(iri.regB);
    // The focus is always shown, whatever its type.
    expect(around('dtnum', { types: only('treatment') }).nodes.map((n) => n.iri)).toContain(iri.dtnum);
  });

  it('cuts at the limit, says so, and counts what the cut hides', () => {
    const view = around('rio', { depth: 2, limit: 3 });
    expect(view.nodes).toHaveLength(3);
    expect(view.truncated).toBe(true);
    expect(view.reachable).toBeGreaterThan(3);
    expect(view.nodes.find((n) => n.iri === iri.rio)?.hidden).toBe(1);
  });

  it('gives data categories and treatments their sensitivity', () => {
    const view = around('t1');
    expect(view.nodes.find((n) => n.iri === iri.nir)?.sensitive).toEqual(['nir']);
    expect(view.nodes[0]?.sensitive).toEqual(['nir']);
  });
});

describe('shortest paths', () => {
  const paths = (from: keyof typeof iri, to: keyof typeof iri, options: { maxLength?: number; through?: Set<NodeType>; limit?: number } = {}) =>
    findShortestPaths(graph, iri[from], iri[to], { maxLength: options.maxLength ?? 4, limit: options.limit ?? 10, through: options.through ?? all, baseIri: BASE });

  it('finds every shortest path, through the rarer nodes first', () => {
    const result = paths('t2', 't3');
    expect(result.length).toBe(2);
    expect(result.found).toBe(3); // through RIO, the register and the DTNUM
    expect(result.paths.map((p) => p.nodes[1])).toEqual([iri.regB, iri.rio, iri.dtnum]);
    for (const path of result.paths) {
      expect(path.nodes[0]).toBe(iri.t2);
      expect(path.nodes.at(-1)).toBe(iri.t3);
      expect(path.edges).toHaveLength(2);
    }
    expect(result.edges.map((e) => e.id)).toEqual(expect.arrayContaining(result.paths.flatMap((p) => p.edges)));
    expect(result.nodes.map((n) => n.iri)).toEqual(expect.arrayContaining([iri.t2, iri.t3, iri.rio]));
  });

  it('links a DDC treatment to a DTNUM one through a shared category or subject', () => {
    const result = paths('t1', 't3');
    expect(result.length).toBe(2);
    expect(result.paths.map((p) => p.nodes[1])).toEqual([iri.employee]);
  });

  it('only walks through the types asked for, and answers null beyond maxLength', () => {
    expect(paths('t2', 't3', { through: only('system') }).paths.map((p) => p.nodes[1])).toEqual([iri.rio]);
    const none = paths('t1', 't2', { through: only('system', 'organisation') });
    expect(none).toMatchObject({ length: null, found: 0, paths: [] });
    expect(paths('t1', 't2', { maxLength: 1 }).length).toBeNull();
    expect(paths('t1', 't1').length).toBe(0);
  });

  it('keeps the limit', () => {
    expect(paths('t2', 't3', { limit: 1 }).paths).toHaveLength(1);
  });
});

describe('the whole graph and its counts', () => {
  it('gives the linked nodes of the types asked for, best connected first', () => {
    const view = buildOverview(graph, { types: only('treatment', 'system'), limit: 10, baseIri: BASE });
    expect(view.nodes.map((n) => n.iri).sort()).toEqual([iri.t1, iri.t2, iri.t3, iri.rio, iri.hydre].sort());
    expect(view.nodes[0]?.iri).toBe(iri.rio);
    const cut = buildOverview(graph, { types: only('treatment', 'system'), limit: 2, baseIri: BASE });
    expect(cut).toMatchObject({ truncated: true, available: 5 });
  });

  it('counts nodes by type and ranks the shared systems and categories', () => {
    const stats = computeStats(graph, { limit: 3, baseIri: BASE });
    expect(stats.byType.find((t) => t.type === 'treatment')?.count).toBe(3);
    expect(stats.topSystems[0]).toMatchObject({ iri: iri.rio, treatments: 2, registers: 1 });
    expect(stats.topDataCategories[0]).toMatchObject({ iri: iri.name, treatments: 2, registers: 2 });
    expect(stats.sensitive.find((s) => s.kind === 'nir')).toMatchObject({ dataCategories: 1, treatments: 1 });
    expect(stats.registers.map((r) => [r.shortLabel, r.treatments])).toEqual([
      ['Registre 000 · DDC', 1],
      ['Registre 004 · DTNUM', 2],
    ]);
  });
});
