// Serialises quads to Turtle with N3.js, sorted so that the same graph always gives the same bytes.
import { Writer, type Quad } from 'n3';
import { PREFIXES } from '../vocab/namespaces.ts';
import { separateFinalDots } from './separate-final-dots.ts';

export function serialiseTurtle(quads: readonly Quad[], baseIri?: string): Promise<string> {
  const keyed = quads.map((q) => [`${q.subject.value}\u0000${q.predicate.value}\u0000${termKey(q.object)}`, q] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const writer = new Writer({ prefixes: { ...PREFIXES }, ...(baseIri ? { baseIRI: baseIri, writeBase: true } : {}) });
  let previous = '';
  for (const [key, q] of keyed) {
    if (key === previous) continue; // a set of triples: duplicates are written once
    previous = key;
    writer.addQuad(q);
  }
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(separateFinalDots(result)))));
}

function termKey(term: Quad['object']): string {
  return term.termType === 'Literal' ? `"${term.value}"@${term.language}^^${term.datatype.value}` : `<${term.value}>`;
}
