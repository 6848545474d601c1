// Simple literals written back in their short form before a query goes to an external store.
import { describe, expect, it } from 'vitest';
import { writePlainStrings } from '../../src/store/write-plain-strings.ts';

const XSD_STRING = '<http://www.w3.org/2001/XMLSchema#string>';

describe('writePlainStrings', () => {
  it.each([
    ['a pattern', `SELECT ?s WHERE { ?s <http://x/p> "NIR"^^${XSD_STRING} }`, /"NIR"\.? \}/],
    ['a filter on a language', `SELECT ?l WHERE { ?s <http://x/l> ?l FILTER(LANG(?l) = "fr"^^${XSD_STRING}) }`, /= "fr"\)/],
    ['a prefixed datatype', `PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT * WHERE { ?s ?p "a"^^xsd:string }`, /\?p "a"/],
  ])('writes %s as a simple literal', (_name, query, expected) => {
    const written = writePlainStrings(query);
    expect(written).toMatch(expected);
    expect(written).not.toMatch(/\^\^(<http:\/\/www\.w3\.org\/2001\/XMLSchema#string>|xsd:string)/);
  });

  it('leaves a query without the datatype as it is, byte for byte', () => {
    const query = 'SELECT * WHERE { ?s ?p "é"@fr }  # untouched';
    expect(writePlainStrings(query)).toBe(query);
  });

  it('keeps language tags and other datatypes', () => {
    const written = writePlainStrings(`SELECT * WHERE { ?s ?p "a"^^${XSD_STRING}, "b"@fr, "3"^^<http://www.w3.org/2001/XMLSchema#integer> }`);
    expect(written).toContain('"b"@fr');
    expect(written).toMatch(/\b3\b/);
  });

  it('sends a text it cannot read as it is, for the store to judge', () => {
    const query = `SELECT WHERE { "x"^^${XSD_STRING}`;
    expect(writePlainStrings(query)).toBe(query);
  });
});
