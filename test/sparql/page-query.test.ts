// Paging a query: LIMIT and OFFSET set in the parsed query, inside the query's own ones; every canned query pages.
import { describe, expect, it } from 'vitest';
import sparqljs from 'sparqljs';
import { UsageError } from '../../src/errors/usage-error.ts';
import { loadCannedQueries } from '../../src/sparql/load-canned-queries.ts';
import { DEFAULT_PAGE_SIZE, pageQuery, readPageRequest } from '../../src/sparql/page-query.ts';
import { startTestServer } from '../support/start-test-server.ts';

const parse = (text: string) => new sparqljs.Parser().parse(text) as { limit?: number; offset?: number };

describe('pageQuery', () => {
  it.each([
    ['SELECT * WHERE { ?s ?p ?o }', { limit: 10, offset: 0 }, { limit: 10, offset: undefined }],
    ['SELECT * WHERE { ?s ?p ?o }', { limit: 10, offset: 20 }, { limit: 10, offset: 20 }],
    ['SELECT * WHERE { ?s ?p ?o } LIMIT 5', { limit: 10, offset: 0 }, { limit: 5, offset: undefined }],
    ['SELECT * WHERE { ?s ?p ?o } LIMIT 25', { limit: 10, offset: 20 }, { limit: 5, offset: 20 }],
    ['SELECT * WHERE { ?s ?p ?o } OFFSET 3', { limit: 10, offset: 20 }, { limit: 10, offset: 23 }],
  ])('%s with %j', (text, page, expected) => {
    const paged = parse(pageQuery(text, page));
    expect({ limit: paged.limit, offset: paged.offset }).toEqual(expected);
  });

  it('leaves ASK and CONSTRUCT as they are', () => {
    for (const text of ['ASK { ?s ?p ?o }', 'CONSTRUCT WHERE { ?s ?p ?o }']) expect(pageQuery(text, { limit: 1, offset: 1 })).toBe(text);
  });

  it('reads limit and offset as whole numbers, the limit within the result limit', () => {
    const names = { limit: '--limit', offset: '--offset' };
    expect(readPageRequest({}, 10_000, names)).toEqual({ limit: DEFAULT_PAGE_SIZE, offset: 0 });
    expect(readPageRequest({ limit: '50', offset: '100' }, 10_000, names)).toEqual({ limit: 50, offset: 100 });
    for (const given of [{ limit: '0' }, { limit: 'ten' }, { offset: '-1' }, { limit: '20000' }]) expect(() => readPageRequest(given, 10_000, names)).toThrow(UsageError);
  });
});

describe('every canned query, paged', () => {
  it('gives, for a query that orders its rows, the same rows as the slice of its whole answer', async () => {
    const server = await startTestServer();
    for (const query of await loadCannedQueries()) {
      const prepared = server.deps.sparql.prepare(query.text);
      if (prepared.kind !== 'bindings') continue;
      const all = await server.deps.sparql.selectRows(query.text);
      const page = await server.deps.sparql.selectRows(pageQuery(query.text, { limit: 3, offset: 1 }));
      expect(page.length, query.name).toBe(Math.min(3, Math.max(0, all.length - 1)));
      if (/ORDER BY/i.test(query.text)) expect(page.map((r) => JSON.stringify(r)), query.name).toEqual(all.slice(1, 4).map((r) => JSON.stringify(r)));
    }
  });
});
