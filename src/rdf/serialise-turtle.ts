// Serialises quads to Turtle with N3.js, sorted so that the same graph always gives the same bytes.
import type { Quad } from 'n3';
import { PREFIXES } from '../vocab/namespaces.ts';
import { writeN3 } from './write-n3.ts';
import { streamN3, type WriteText } from './stream-n3.ts';

export function serialiseTurtle(quads: readonly Quad[], baseIri?: string): Promise<string> {
  return writeN3(sortDistinctTriples(quads), turtleOptions(baseIri));
}

/** The same text as serialiseTurtle, handed to `write` block by block; resolves to the number of triples written. */
export async function streamTurtle(quads: readonly Quad[], baseIri: string | undefined, write: WriteText): Promise<number> {
  const sorted = sortDistinctTriples(quads);
  await streamN3(sorted, turtleOptions(baseIri), write);
  return sorted.length;
}

function turtleOptions(baseIri: string | undefined) {
  return { format: 'Turtle', prefixes: PREFIXES, ...(baseIri ? { baseIri } : {}) } as const;
}

/**
 * The triples in a fixed order (subject, predicate, object, as strings), each once. Compared part by part rather
 * than through one concatenated key per quad: the same order, without a second copy of every IRI in memory (a
 * 10 000-row register has over a million quads); the object's key is made once per quad, not per comparison.
 */
export function sortDistinctTriples(quads: readonly Quad[]): Quad[] {
  const keyed = quads.map((q) => ({ q, object: termKey(q.object) }));
  keyed.sort((a, b) => compare(a.q.subject.value, b.q.subject.value) || compare(a.q.predicate.value, b.q.predicate.value) || compare(a.object, b.object));
  // A set of triples: duplicates (neighbours once sorted) are written once.
  return keyed
    .filter((k, i) => {
      const previous = keyed[i - 1];
      return !previous || previous.object !== k.object || previous.q.predicate.value !== k.q.predicate.value || previous.q.subject.value !== k.q.subject.value;
    })
    .map(({ q }) => q);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function termKey(term: Quad['object']): string {
  return term.termType === 'Literal' ? `"${term.value}"@${term.language}^^${term.datatype.value}` : `<${term.value}>`;
}
