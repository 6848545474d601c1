// Writes quads as text with N3.js, the one place that does: in Turtle and TriG no number is glued to a statement's final dot.
import type * as RDF from '@rdfjs/types';
import { Writer } from 'n3';
import { separateFinalDots } from './separate-final-dots.ts';

export interface WriteN3Options {
  format: 'Turtle' | 'TriG' | 'N-Triples' | 'N-Quads';
  prefixes?: Record<string, string>;
  /** Written as @base, and IRIs under it are written relative to it. */
  baseIri?: string;
}

export function writeN3(quads: Iterable<RDF.Quad>, options: WriteN3Options): Promise<string> {
  const writer = new Writer({
    format: options.format,
    ...(options.prefixes ? { prefixes: { ...options.prefixes } } : {}),
    ...(options.baseIri ? { baseIRI: options.baseIri, writeBase: true } : {}),
  });
  for (const q of quads) writer.addQuad(q as never);
  return new Promise((resolve, reject) =>
    writer.end((error, text: string) => (error ? reject(error) : resolve(options.format === 'Turtle' || options.format === 'TriG' ? separateFinalDots(text) : text))),
  );
}
