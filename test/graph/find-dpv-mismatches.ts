// Test helper: the statements of a graph whose subject or value does not fit DPV 2.3's dcam:domainIncludes/rangeIncludes.
import type { Quad } from 'n3';
import { PREFIXES } from '../../src/vocab/namespaces.ts';

const DPV_NAMESPACES = [PREFIXES.dpv, PREFIXES.tech, PREFIXES['eu-gdpr'], PREFIXES.pd, PREFIXES.loc];
const RDF_TYPE = `${PREFIXES.rdf}type`;
const SUPER = new Set([`${PREFIXES.rdfs}subClassOf`, `${PREFIXES.skos}broader`]);
const META_TYPES = new Set(['rdfs:Class', 'skos:Concept', 'owl:Class']);
const DOMAIN = 'http://purl.org/dc/dcam/domainIncludes';
const RANGE = 'http://purl.org/dc/dcam/rangeIncludes';

export interface MismatchReport {
  /** "dpv:hasDataSubject range dpv:HumanSubject" → how many statements. */
  readonly mismatches: ReadonlyMap<string, number>;
  /** Statements with a DPV property. */
  readonly checked: number;
}

export function curieOf(iri: string): string {
  for (const [prefix, ns] of Object.entries(PREFIXES)) if (iri.startsWith(ns)) return `${prefix}:${iri.slice(ns.length)}`;
  return iri.replace(/^https?:\/\/[^/]+\//, '{base}');
}

/**
 * `vocabulary` holds DPV 2.3 and the ontology (types and hierarchy); `data` the statements checked, whose types and
 * hierarchy count too. A subject or value fits a class when it is typed with it or a narrower class, or is that
 * concept or a narrower one (DPV's concepts are used as values directly: dpv:hasPurpose dpv:Marketing).
 */
export function findDpvMismatches(data: readonly Quad[], vocabulary: readonly Quad[]): MismatchReport {
  const supers = new Map<string, Set<string>>();
  const types = new Map<string, Set<string>>();
  const domains = new Map<string, string[]>();
  const ranges = new Map<string, string[]>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => (map.get(key) ?? map.set(key, new Set()).get(key)!).add(value);
  for (const q of [...vocabulary, ...data]) {
    if (q.subject.termType !== 'NamedNode' || q.object.termType !== 'NamedNode') continue;
    if (SUPER.has(q.predicate.value)) add(supers, q.subject.value, q.object.value);
    if (q.predicate.value === RDF_TYPE) add(types, q.subject.value, q.object.value);
    if (q.predicate.value === DOMAIN) domains.set(q.subject.value, [...(domains.get(q.subject.value) ?? []), q.object.value]);
    if (q.predicate.value === RANGE) ranges.set(q.subject.value, [...(ranges.get(q.subject.value) ?? []), q.object.value]);
  }
  const closure = new Map<string, Set<string>>();
  const above = (iri: string): Set<string> => {
    const known = closure.get(iri);
    if (known) return known;
    const found = new Set<string>([iri]);
    closure.set(iri, found);
    for (const up of supers.get(iri) ?? []) for (const x of above(up)) found.add(x);
    return found;
  };
  const fits = (iri: string, cls: string): boolean => above(iri).has(cls) || [...(types.get(iri) ?? [])].some((t) => above(t).has(cls));
  // The types that say what a thing is, not that it is a class or a concept.
  const kinds = (iri: string): string => [...(types.get(iri) ?? [])].map(curieOf).filter((t) => !META_TYPES.has(t)).sort().join('|') || '(untyped)';
  const mismatches = new Map<string, number>();
  const count = (key: string) => mismatches.set(key, (mismatches.get(key) ?? 0) + 1);
  let checked = 0;
  for (const q of data) {
    const p = q.predicate.value;
    if (!DPV_NAMESPACES.some((ns) => p.startsWith(ns))) continue;
    checked += 1;
    const domain = domains.get(p) ?? [];
    if (domain.length > 0 && q.subject.termType === 'NamedNode' && !domain.some((d) => fits(q.subject.value, d))) count(`${curieOf(p)} domain ${kinds(q.subject.value)}`);
    const range = ranges.get(p) ?? [];
    if (range.length > 0 && q.object.termType === 'NamedNode' && !range.some((r) => fits(q.object.value, r))) count(`${curieOf(p)} range ${kinds(q.object.value)}`);
  }
  return { mismatches, checked };
}
