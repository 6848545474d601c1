// Linked-data Turtle: a number that ends a statement is followed by " ." (Virtuoso's loader rejects "1.").
import { DataFactory, Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { serialiseQuads } from '../../src/linked-data/serialise-quads.ts';
import { ropa, xsd } from '../../src/vocab/namespaces.ts';

const { namedNode, literal, quad } = DataFactory;

describe('serialiseQuads to Turtle', () => {
  it('writes "7 ." and reads back the integer', async () => {
    const treatment = namedNode('http://example.org/register/r/treatment/07');
    const text = await serialiseQuads([quad(treatment, ropa.ordinal, literal('7', xsd.integer))], 'text/turtle');
    expect(text).toMatch(/ropa:ordinal 7 \.\n/);
    expect(text).not.toMatch(/\d\.\n/);
    const [back] = new Parser().parse(text);
    expect(back?.object.value).toBe('7');
    expect(back?.object.termType === 'Literal' && back.object.datatype.value).toBe(xsd.integer.value);
  });
});
