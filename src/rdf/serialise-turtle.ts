// Serialises quads to Turtle with N3.js, sorted so that the same graph always gives the same bytes.
import type { Quad } from 'n3';
import { PREFIXES } from '../vocab/namespaces.ts';
import { writeN3 } from './write-n3.ts';

export function serialiseTurtle(quads: readonly Quad[], baseIri?: string): Promise<string> {
  return writeN3(sortDistinctTriples(quads), { format: 'Turtle', prefixes: PREFIXES, ...(baseIri ? { baseIri } : {}) });
}

/**
 * The triples in a fixed order (subject, predicate, object, as strings), each once. Compared term by term rather
 * than through one concatenated key per quad, which held a copy of every IRI and literal during the sort.
 */
export function sortDistinctTriples(quads: readonly Quad[]): Quad[] {
  const sorted = [...quads].sort(compareTriples);
  return sorted.filter((q, i) => i === 0 || compareTriples(q, sorted[i - 1]!) !== 0);
}

function compareTriples(a: Quad, b: Quad): number {
  return compareStrings(a.subject.value, b.subject.value) || compareStrings(a.predicate.value, b.predicate.value) || compareStrings(termKey(a.object), termKey(b.object));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function termKey(term: Quad['object']): string {
  return term.termType === 'Literal' ? `"${term.value}"@${term.language}^^${term.datatype.value}` : `<${term.value}>`;
}
