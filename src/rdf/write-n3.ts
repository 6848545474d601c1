// Writes quads as one text with N3.js, the one place that does (through stream-n3.ts): in Turtle and TriG no number is glued to a statement's final dot.
import type * as RDF from '@rdfjs/types';
import { streamN3, type WriteN3Options } from './stream-n3.ts';

export type { WriteN3Options } from './stream-n3.ts';

export async function writeN3(quads: Iterable<RDF.Quad>, options: WriteN3Options): Promise<string> {
  const blocks: string[] = [];
  await streamN3(quads, options, async (text) => void blocks.push(text));
  return blocks.join('');
}
