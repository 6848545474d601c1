// Serialises quads to Turtle with N3.js, sorted so that the same graph always gives the same bytes.
import type { Quad } from 'n3';
import { PREFIXES } from '../vocab/namespaces.ts';
import { writeN3 } from './write-n3.ts';

export function serialiseTurtle(quads: readonly Quad[], baseIri?: string): Promise<string> {
  const keyed = quads.map((q) => [`${q.subject.value}\u0000${q.predicate.value}\u0000${termKey(q.object)}`, q] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // A set of triples: duplicates (neighbours once sorted) are written once.
  const unique = keyed.filter(([key], i) => i === 0 || key !== keyed[i - 1]![0]).map(([, q]) => q);
  return writeN3(unique, { format: 'Turtle', prefixes: PREFIXES, ...(baseIri ? { baseIri } : {}) });
}

function termKey(term: Quad['object']): string {
  return term.termType === 'Literal' ? `"${term.value}"@${term.language}^^${term.datatype.value}` : `<${term.value}>`;
}
