// Search: accents and case ignored, aliases included, ranked exact > prefix > word > substring, treatments first on ties.
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src/text/fold.ts';
import { searchNodes } from '../../src/explorer/search-nodes.ts';
import { NODE_TYPES } from '../../src/explorer/node-types.ts';
import { fixtureGraph, iri } from './fixture-graph.ts';

const graph = fixtureGraph();
const search = (q: string, options: { types?: string[]; limit?: number } = {}) =>
  searchNodes(graph, q, { limit: options.limit ?? 20, ...(options.types ? { types: new Set(options.types as (typeof NODE_TYPES)[number][]) } : {}) });

describe('folding text for search', () => {
  it('drops accents, case, ligatures and punctuation', () => {
    expect(foldForSearch('Numéro d’INSEE — Œuvre')).toBe('numero d insee oeuvre');
    expect(foldForSearch('  État-civil ')).toBe('etat civil');
  });
});

describe('searching nodes', () => {
  it('finds Hydre by its misspelling "hyde", and says which name matched', () => {
    const [first] = search('hyde').hits;
    expect(first).toMatchObject({ match: 'exact', matched: 'Hyde' });
    expect(first?.node.iri).toBe(iri.hydre);
  });

  it('finds Office365 as "microsoft 365", "MICROSOFT 365" and "office 365"', () => {
    for (const q of ['microsoft 365', 'MICROSOFT 365', 'office 365']) expect(search(q).hits[0]?.node.iri, q).toBe(iri.office);
  });

  it('ignores accents both ways', () => {
    expect(search('referentiel').hits[0]?.node.iri).toBe(iri.rio);
    expect(search('NUMÉRO D INSCRIPTION').hits[0]?.node.iri).toBe(iri.nir);
  });

  it('ranks an exact name before a prefix, a word and a substring', () => {
    const hits = search('rio').hits;
    expect(hits[0]).toMatchObject({ match: 'exact', node: { iri: iri.t2 } }); // the treatment titled "RIO"
    expect(hits[1]).toMatchObject({ match: 'prefix', node: { iri: iri.rio } }); // "RIO, référentiel…"
    expect(search('trombinoscope').hits[0]).toMatchObject({ match: 'word', node: { iri: iri.t1 } });
    // "transformation": a substring of the register's title and of the directorate's name; registers come first.
    expect(search('formation').hits.map((h) => [h.node.iri, h.match])).toEqual([
      [iri.regB, 'substring'],
      [iri.dtnum, 'substring'],
    ]);
    const order = ['exact', 'prefix', 'word', 'substring'];
    const ranks = hits.map((h) => order.indexOf(h.match));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('puts treatments before systems when they match as well', () => {
    const hits = search('annuaire').hits;
    expect(hits.slice(0, 2).map((h) => [h.node.type, h.match])).toEqual([
      ['treatment', 'prefix'],
      ['system', 'prefix'],
    ]);
  });

  it('matches every word of the query in any order', () => {
    expect(search('hydre annuaire').hits[0]).toMatchObject({ match: 'word' });
  });

  it('filters by type, counts all matches and keeps the limit', () => {
    expect(search('rio', { types: ['system'] }).hits.map((h) => h.node.iri)).toEqual([iri.rio]);
    const limited = search('a', { limit: 2 });
    expect(limited.hits).toHaveLength(2);
    expect(limited.total).toBeGreaterThan(2);
    expect(search('   ').hits).toEqual([]);
    expect(search('zzzz').total).toBe(0);
  });
});
