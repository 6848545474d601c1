// A bare number at the end of a statement is followed by " ." (Virtuoso's loader rejects "1.", Corese reads a decimal).
import { DataFactory, Parser, Writer } from 'n3';
import { describe, expect, it } from 'vitest';
import { separateFinalDots } from '../../src/rdf/separate-final-dots.ts';
import { serialiseTurtle } from '../../src/rdf/serialise-turtle.ts';
import { xsd } from '../../src/vocab/namespaces.ts';

const { namedNode, literal, quad } = DataFactory;
const s = namedNode('http://example.org/s');
const p = namedNode('http://example.org/p');

describe('separateFinalDots', () => {
  it.each([
    ['an integer', '<a> <b> 1.\n', '<a> <b> 1 .\n'],
    ['a negative integer', '<a> <b> -12.\n', '<a> <b> -12 .\n'],
    ['a decimal', '<a> <b> 1.5.\n', '<a> <b> 1.5 .\n'],
    ['a double', '<a> <b> 1.0e3.\n', '<a> <b> 1.0e3 .\n'],
    ['a prefixed name ending in a digit', '<a> <b> ex:v2.\n', '<a> <b> ex:v2 .\n'],
    ['every statement, not only the first', '<a> <b> 1.\n<c> <d> 2.\n', '<a> <b> 1 .\n<c> <d> 2 .\n'],
  ])('spaces the dot after %s', (_, input, expected) => {
    expect(separateFinalDots(input)).toBe(expected);
  });

  it.each([
    ['an IRI', '<a> <b> <c>.\n'],
    ['a string', '<a> <b> "1".\n'],
    ['a boolean', '<a> <b> true.\n'],
    ['a prefix line', '@prefix ex1: <http://example.org/1>.\n'],
    ['a list continued on the next line', '<a> <b> 1;\n    <c> 2, 3 .\n'],
  ])('leaves %s alone', (_, input) => {
    expect(separateFinalDots(input)).toBe(input);
  });

  it('cannot touch a literal: N3.js escapes the line breaks inside it', async () => {
    const writer = new Writer({ format: 'text/turtle' });
    writer.addQuad(quad(s, p, literal('version 2.\nsuite')));
    const text = await new Promise<string>((resolve, reject) => writer.end((e, r: string) => (e ? reject(e) : resolve(r))));
    expect(separateFinalDots(text)).toBe(text);
  });
});

describe('serialiseTurtle', () => {
  it('writes no number glued to the final dot, and reads back to the same integers', async () => {
    const quads = [quad(s, p, literal('1', namedNode(xsd.integer.value))), quad(s, namedNode('http://example.org/q'), literal('42', namedNode(xsd.integer.value)))];
    const text = await serialiseTurtle(quads);
    expect(text).not.toMatch(/\d\.\n/);
    expect(text).toMatch(/42 \.\n/);
    const back = new Parser().parse(text);
    expect(back.map((q) => [q.object.value, q.object.termType === 'Literal' ? q.object.datatype.value : ''])).toEqual([
      ['1', xsd.integer.value],
      ['42', xsd.integer.value],
    ]);
  });
});
