// Content negotiation for query results.
import { describe, expect, it } from 'vitest';
import { chooseResultFormat } from '../../src/store/choose-result-format.ts';

describe('chooseResultFormat', () => {
  it('defaults to SPARQL JSON for solutions and N-Triples for graphs', () => {
    expect(chooseResultFormat('SELECT', undefined)).toBe('application/sparql-results+json');
    expect(chooseResultFormat('ASK', '*/*')).toBe('application/sparql-results+json');
    expect(chooseResultFormat('CONSTRUCT', '')).toBe('application/n-triples');
    expect(chooseResultFormat('DESCRIBE', 'text/html,*/*;q=0.8')).toBe('application/n-triples');
  });

  it('follows q values and the most specific range', () => {
    expect(chooseResultFormat('SELECT', 'application/sparql-results+json;q=1.0,application/sparql-results+xml;q=0.7')).toBe(
      'application/sparql-results+json',
    );
    expect(chooseResultFormat('SELECT', 'application/sparql-results+json;q=0.5, text/csv')).toBe('text/csv');
    expect(chooseResultFormat('SELECT', 'text/*;q=0.9, text/csv;q=0')).toBe('text/tab-separated-values');
    expect(chooseResultFormat('CONSTRUCT', 'Text/Turtle')).toBe('text/turtle');
  });

  it('returns undefined when nothing acceptable can be written', () => {
    expect(chooseResultFormat('SELECT', 'text/turtle')).toBeUndefined();
    expect(chooseResultFormat('CONSTRUCT', 'application/sparql-results+json')).toBeUndefined();
  });
});
