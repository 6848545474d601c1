// Counting Oxigraph's own serialisations: values holding every separator must not be counted as records.
import { describe, expect, it } from 'vitest';
import { Store, literal, namedNode, quad } from 'oxigraph';
import { canCountResults, countSerialisedResults } from '../../src/store/count-serialised-results.ts';

const store = new Store();
const AWKWARD = ['plain', 'a,"b"\nc\r\nd', '{"x":[{}]}', '<result></result>', 'tab\there', '\\"}},{"', ''];
AWKWARD.forEach((value, i) => store.add(quad(namedNode(`http://ex.org/s${i}`), namedNode('http://ex.org/p'), literal(value, i % 2 ? 'fr' : undefined))));

/** [query, expected count]: run in every countable format. */
const CASES: [string, number][] = [
  ['SELECT ?s ?o WHERE { ?s ?p ?o }', AWKWARD.length],
  ['SELECT ?s ?o WHERE { ?s ?p ?o } LIMIT 1', 1],
  ['SELECT ?s WHERE { ?s ?p "none" }', 0],
  ['SELECT * WHERE { }', 1],
  ['SELECT ?s ?missing WHERE { ?s ?p ?o OPTIONAL { ?s <http://ex.org/none> ?missing } }', AWKWARD.length],
];
const FORMATS = ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values'];

describe('countSerialisedResults', () => {
  for (const [query, expected] of CASES) {
    for (const format of FORMATS) {
      it(`${format}: ${query} → ${expected}`, () => {
        const body = store.query(query, { results_format: format }) as string;
        expect(countSerialisedResults(body, format)).toBe(expected);
      });
    }
  }

  it('counts a boolean as one result', () => {
    for (const format of ['application/sparql-results+json', 'application/sparql-results+xml']) {
      expect(countSerialisedResults(store.query('ASK { ?s ?p ?o }', { results_format: format }) as string, format)).toBe(1);
      expect(countSerialisedResults(store.query('ASK { ?s ?p "none" }', { results_format: format }) as string, format)).toBe(1);
    }
  });

  it('counts N-Triples lines, whose literals escape line breaks', () => {
    const body = store.query('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }', { results_format: 'application/n-triples' }) as string;
    expect(countSerialisedResults(body, 'application/n-triples')).toBe(AWKWARD.length);
  });

  it('declines formats it cannot count exactly', () => {
    for (const format of ['text/turtle', 'application/rdf+xml', 'application/ld+json']) {
      expect(canCountResults(format)).toBe(false);
      expect(countSerialisedResults('', format)).toBeUndefined();
    }
  });
});
