// Writes quads as text with N3.js, a block at a time as they are encoded: the whole text is never held in memory.
import type * as RDF from '@rdfjs/types';
import { Writer } from 'n3';
import { separateFinalDots } from './separate-final-dots.ts';

export interface WriteN3Options {
  format: 'Turtle' | 'TriG' | 'N-Triples' | 'N-Quads';
  prefixes?: Record<string, string>;
  /** Written as @base, and IRIs under it are written relative to it. */
  baseIri?: string;
}

/** Receives the text block by block, in order; the next block waits for the promise (a file's back-pressure). */
export type WriteText = (text: string) => Promise<void>;

/** About 64 k characters per block: few calls, and little held. */
const BLOCK_CHARS = 1 << 14;

export async function streamN3(quads: Iterable<RDF.Quad>, options: WriteN3Options, write: WriteText): Promise<void> {
  let chunks: string[] = [];
  let size = 0;
  // In Turtle and TriG no number is glued to a statement's final dot (separate-final-dots.ts). N3.js writes the dot
  // with the next statement, so a block ending in a digit (and maybe a dot) keeps them until the next block says
  // whether a line break follows: a statement's end is never cut in two, and the text is the one a single pass gives.
  const separate = options.format === 'Turtle' || options.format === 'TriG';
  let held = '';
  const flush = async (last: boolean): Promise<void> => {
    let text = held + chunks.join('');
    chunks = [];
    size = 0;
    held = separate && !last ? (/\d\.?$/.exec(text)?.[0] ?? '') : '';
    if (held) text = text.slice(0, -held.length);
    if (text) await write(separate ? separateFinalDots(text) : text);
  };
  const output = {
    write(chunk: string, _encoding: string, done?: () => void) {
      chunks.push(chunk);
      size += chunk.length;
      done?.();
      return true;
    },
    end(done?: (error: Error | null) => void) {
      done?.(null);
    },
  };
  const writer = new Writer(output as never, {
    format: options.format,
    ...(options.prefixes ? { prefixes: { ...options.prefixes } } : {}),
    ...(options.baseIri ? { baseIRI: options.baseIri, writeBase: true } : {}),
  });
  for (const q of quads) {
    writer.addQuad(q as never);
    if (size >= BLOCK_CHARS) await flush(false);
  }
  await new Promise<void>((resolve, reject) => writer.end((error: Error | null) => (error ? reject(error) : resolve())));
  await flush(true);
}
