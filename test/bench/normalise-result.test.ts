// The canonical form engines' results are compared in: what is tolerated, and what still differs.
import { describe, expect, it } from 'vitest';
import { normaliseResult } from '../../bench/lib/normalise-result.ts';

const JSON_TYPE = 'application/sparql-results+json';

function body(rows: Record<string, unknown>[]): string {
  return JSON.stringify({ head: { vars: Object.keys(rows[0] ?? {}) }, results: { bindings: rows } });
}

const TOP = 'SELECT ?s (GROUP_CONCAT(?t; separator=" ; ") AS ?titles) WHERE { ?s ?p ?t } GROUP BY ?s';
const SUB = 'SELECT ?s ?titles WHERE { { SELECT ?s (GROUP_CONCAT(?t; separator=" ; ") AS ?titles) WHERE { ?s ?p ?t } GROUP BY ?s } }';
const NONE = 'SELECT ?s ?titles WHERE { ?s ?p ?titles }';

/** [name, query, value A, value B, same digest] */
const CASES: [string, string, Record<string, unknown>, Record<string, unknown>, boolean][] = [
  ['GROUP_CONCAT parts in another order', TOP, { type: 'literal', value: 'a ; b' }, { type: 'literal', value: 'b ; a' }, true],
  ['the same in a sub-select, projected above', SUB, { type: 'literal', value: 'a ; b' }, { type: 'literal', value: 'b ; a' }, true],
  ['a shared language tag kept by one engine only', SUB, { type: 'literal', value: 'a ; b', 'xml:lang': 'fr' }, { type: 'literal', value: 'b ; a' }, true],
  ['no GROUP_CONCAT: order matters', NONE, { type: 'literal', value: 'a ; b' }, { type: 'literal', value: 'b ; a' }, false],
  ['other parts', SUB, { type: 'literal', value: 'a ; b' }, { type: 'literal', value: 'a ; c' }, false],
];

describe('normaliseResult', () => {
  for (const [name, query, a, b, same] of CASES) {
    it(`${name}: ${same ? 'tolerated' : 'different'}`, () => {
      const left = normaliseResult(body([{ s: { type: 'uri', value: 'http://ex.org/s' }, titles: a }]), JSON_TYPE, query);
      const right = normaliseResult(body([{ s: { type: 'uri', value: 'http://ex.org/s' }, titles: b }]), JSON_TYPE, query);
      expect(left.digest === right.digest).toBe(same);
    });
  }
});
