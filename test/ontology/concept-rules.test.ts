// Tests that every concept of ontology/rules/ is a live DPV 2.3 concept under the table's root (or ours, declared in
// ropa.ttl under one), labelled in French, with the broader facts the graph needs to reach the root.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, type Quad } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ONTOLOGY_DIR, SHARED_DPV_DIR } from '../../src/config/project-paths.ts';
import { loadConceptRules, type ConceptRules } from '../../src/model/load-concept-rules.ts';
import { expandCurie, PREFIXES } from '../../src/vocab/namespaces.ts';
import { skipWithoutShared } from '../support/shared-fixtures.ts';

const HAS_DPV = existsSync(join(SHARED_DPV_DIR, 'dpv.ttl'));
const BROADER = `${PREFIXES.skos}broader`;
const PREF_LABEL = `${PREFIXES.skos}prefLabel`;
const STATUS = 'http://www.w3.org/2003/06/sw-vocab-status/ns#term_status';

const parse = (path: string): Quad[] => new Parser().parse(readFileSync(path, 'utf8'));
const broaderMap = (quads: readonly Quad[]): Map<string, string[]> => {
  const map = new Map<string, string[]>();
  for (const q of quads) if (q.predicate.value === BROADER) map.set(q.subject.value, [...(map.get(q.subject.value) ?? []), q.object.value]);
  return map;
};
const reaches = (map: Map<string, string[]>, from: string, root: string, seen = new Set<string>()): boolean =>
  (map.get(from) ?? []).some((up) => up === root || (!seen.has(up) && (seen.add(up), reaches(map, up, root, seen))));

describe('the concepts of the rule tables', () => {
  let rules: ConceptRules;
  let tables: { kind: string; root: string; concepts: string[] }[];
  const ours = parse(join(ONTOLOGY_DIR, 'ropa.ttl'));
  const terms = parse(join(ONTOLOGY_DIR, 'dpv-terms.ttl'));
  const inGraph = broaderMap([...ours, ...terms]);
  beforeAll(async () => {
    rules = await loadConceptRules();
    tables = Object.values(rules).map((t) => ({ kind: t.kind, root: expandCurie(t.root).value, concepts: t.rules.map((r) => expandCurie(r.concept).value) }));
  });

  it.skipIf(skipWithoutShared(HAS_DPV))('are DPV 2.3 concepts under the root, none sunset (DPV\'s own hierarchy)', () => {
    const dpv = parse(join(SHARED_DPV_DIR, 'dpv.ttl'));
    const hierarchy = broaderMap(dpv);
    const sunset = new Set(dpv.filter((q) => q.predicate.value === STATUS && q.object.value === 'sunset').map((q) => q.subject.value));
    for (const { root, concepts } of tables) {
      const mine = concepts.filter((c) => c.startsWith(PREFIXES.dpv));
      expect(mine.filter((c) => !reaches(hierarchy, c, root)), root).toEqual([]);
      expect(mine.filter((c) => sunset.has(c))).toEqual([]);
    }
  });

  it('have a French label: DPV\'s in dpv-terms.ttl, ours in ropa.ttl', () => {
    const labelled = new Set([...ours, ...terms].filter((q) => q.predicate.value === PREF_LABEL && q.object.termType === 'Literal' && q.object.language === 'fr').map((q) => q.subject.value));
    expect(tables.flatMap((t) => t.concepts).filter((c) => !labelled.has(c))).toEqual([]);
  });

  it('reach their root through the broader facts the served graph holds (ontology/*.ttl), so queries can walk up', () => {
    // dpv:ConfidentialityAgreement's only DPV parent, dpv:LegalAgreement, is sunset in 2.3: the graph does not state it.
    const known = new Set([`${PREFIXES.dpv}ConfidentialityAgreement`]);
    for (const { root, concepts } of tables) expect(concepts.filter((c) => !known.has(c) && !reaches(inGraph, c, root)), root).toEqual([]);
  });

  it('of ours are classes and concepts typed with a DPV concept, as DPV types its taxonomy members', () => {
    const type = `${PREFIXES.rdf}type`;
    for (const { concepts } of tables) {
      for (const c of concepts.filter((x) => x.startsWith(PREFIXES.ropa))) {
        const types = ours.filter((q) => q.subject.value === c && q.predicate.value === type).map((q) => q.object.value);
        expect(types, c).toEqual(expect.arrayContaining([`${PREFIXES.rdfs}Class`, `${PREFIXES.skos}Concept`]));
        expect(types.some((t) => t.startsWith(PREFIXES.dpv)), c).toBe(true);
      }
    }
  });
});
