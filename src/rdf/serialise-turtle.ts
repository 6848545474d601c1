// Serialises quads to Turtle with N3.js, sorted so that the same graph always gives the same bytes.
import type { Quad } from 'n3';
import { PREFIXES } from '../vocab/namespaces.ts';
import { writeN3 } from './write-n3.ts';

/** `stats.triples` is set to the number of distinct triples written. */
export function serialiseTurtle(quads: readonly Quad[], baseIri?: string, stats?: { triples: number }): Promise<string> {
  // Compared part by part rather than as one concatenated key per quad: the same order, without a second copy of every
  // IRI in memory (a 10 000-row register has over a million quads).
  const keyed = quads.map((q) => ({ q, object: termKey(q.object) }));
  keyed.sort((a, b) => compare(a.q.subject.value, b.q.subject.value) || compare(a.q.predicate.value, b.q.predicate.value) || compare(a.object, b.object));
  // A set of triples: duplicates (neighbours once sorted) are written once.
  const unique = keyed
    .filter((k, i) => {
      const previous = keyed[i - 1];
      return !previous || previous.object !== k.object || previous.q.predicate.value !== k.q.predicate.value || previous.q.subject.value !== k.q.subject.value;
    })
    .map(({ q }) => q);
  if (stats) stats.triples = unique.length;
  return writeN3(unique, { format: 'Turtle', prefixes: PREFIXES, ...(baseIri ? { baseIri } : {}) });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function termKey(term: Quad['object']): string {
  return term.termType === 'Literal' ? `"${term.value}"@${term.language}^^${term.datatype.value}` : `<${term.value}>`;
}
