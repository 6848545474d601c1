// Content negotiation for the results the store writes, as Comunica (or any client of the in-process endpoint) asks for them.
import { describe, expect, it } from 'vitest';
import { chooseStoreFormat } from '../../src/sparql/choose-store-format.ts';

describe('chooseStoreFormat', () => {
  it('defaults to SPARQL JSON for solutions and N-Triples for graphs', () => {
    expect(chooseStoreFormat('SELECT', undefined)).toBe('application/sparql-results+json');
    expect(chooseStoreFormat('ASK', '*/*')).toBe('application/sparql-results+json');
    expect(chooseStoreFormat('CONSTRUCT', '')).toBe('application/n-triples');
    expect(chooseStoreFormat('DESCRIBE', 'text/html,*/*;q=0.8')).toBe('application/n-triples');
  });

  it('follows q values and the most specific range', () => {
    expect(chooseStoreFormat('SELECT', 'application/sparql-results+json;q=1.0,application/sparql-results+xml;q=0.7')).toBe(
      'application/sparql-results+json',
    );
    expect(chooseStoreFormat('SELECT', 'application/sparql-results+json;q=0.5, text/csv')).toBe('text/csv');
    expect(chooseStoreFormat('SELECT', 'text/*;q=0.9, text/csv;q=0')).toBe('text/tab-separated-values');
    expect(chooseStoreFormat('CONSTRUCT', 'Text/Turtle')).toBe('text/turtle');
    // Moved from the store's own test, which negotiated before the store took a chosen format.
    expect(chooseStoreFormat('SELECT', 'text/html, application/sparql-results+xml;q=0.9, */*;q=0.1')).toBe('application/sparql-results+xml');
  });

  it('returns undefined when nothing acceptable can be written', () => {
    expect(chooseStoreFormat('SELECT', 'text/turtle')).toBeUndefined();
    expect(chooseStoreFormat('CONSTRUCT', 'application/sparql-results+json')).toBeUndefined();
  });
});
