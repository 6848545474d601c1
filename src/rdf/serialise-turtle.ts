// Serialises quads to Turtle with N3.js, sorted so that the same graph always gives the same bytes.
import type { Quad } from 'n3';
import { PREFIXES } from '../vocab/namespaces.ts';
import { writeN3 } from './write-n3.ts';
import { streamN3, type WriteN3Options, type WriteText } from './stream-n3.ts';
import { sortDistinctTriples } from './sort-triples.ts';

export function serialiseTurtle(quads: readonly Quad[], baseIri?: string): Promise<string> {
  return writeN3(sortDistinctTriples(quads).map((k) => k.q), turtleOptions(baseIri));
}

/**
 * Quads already in the order of sort-triples.ts, each once, as serialiseTurtle writes them: handed to `write` block by
 * block as they are encoded, so that neither the whole text nor (with a lazy iterable) all the quads are held.
 */
export function streamSortedTurtle(quads: Iterable<Quad>, baseIri: string | undefined, write: WriteText): Promise<void> {
  return streamN3(quads, turtleOptions(baseIri), write);
}

function turtleOptions(baseIri: string | undefined): WriteN3Options {
  return { format: 'Turtle', prefixes: PREFIXES, ...(baseIri ? { baseIri } : {}) };
}
