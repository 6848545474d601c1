// Written block by block, the text is the one N3.js gives in one piece, final dots separated even where a block ends.
import { DataFactory, Writer, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { separateFinalDots } from '../../src/rdf/separate-final-dots.ts';
import { streamN3 } from '../../src/rdf/stream-n3.ts';

const { quad, namedNode, literal } = DataFactory;
const XSD_INTEGER = namedNode('http://www.w3.org/2001/XMLSchema#integer');

/** Many statements ending in a number, a literal or an IRI: blocks end on every kind of character. */
function makeQuads(count: number): Quad[] {
  return Array.from({ length: count }, (_, i) => {
    const object = i % 3 === 0 ? literal(String(i), XSD_INTEGER) : i % 3 === 1 ? literal(`texte ${i}.`, 'fr') : namedNode(`http://x.invalid/o/${i}`);
    return quad(namedNode(`http://x.invalid/s/${Math.floor(i / 2)}`), namedNode(`http://x.invalid/p/${i % 2}`), object);
  });
}

function writeAtOnce(quads: Quad[], format: string): Promise<string> {
  const writer = new Writer({ format, prefixes: { x: 'http://x.invalid/' } });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((error, text: string) => (error ? reject(error) : resolve(text))));
}

describe('streamN3', () => {
  it.each([['Turtle' as const], ['N-Triples' as const]])('writes %s in many blocks as in one', async (format) => {
    const quads = makeQuads(40_000);
    const blocks: string[] = [];
    await streamN3(quads, { format, prefixes: { x: 'http://x.invalid/' } }, async (text) => void blocks.push(text));
    const whole = await writeAtOnce(quads, format);
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks.join('')).toBe(format === 'Turtle' ? separateFinalDots(whole) : whole);
    // Some block ended where a number and its statement's dot were cut apart in N3.js's output.
    if (format === 'Turtle') expect(blocks.some((b) => /\d$/.test(b))).toBe(true);
  });
});
