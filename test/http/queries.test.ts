// The canned queries over HTTP on a real server: the list, a run with bound parameters, negotiation, refusals.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';
import type { CannedQueryListing } from '../../src/http/queries-router.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function get(path: string, accept?: string): Promise<Response> {
  return fetch(new URL(path.replace(/^\//, ''), server.url), accept ? { headers: { accept } } : {});
}

interface SparqlJson {
  head: { vars: string[] };
  results: { bindings: Record<string, { type: string; value: string }>[] };
}

async function rows(path: string): Promise<SparqlJson['results']['bindings']> {
  const res = await get(path, 'application/sparql-results+json');
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as SparqlJson).results.bindings;
}

describe('GET /queries', () => {
  it('lists every canned query with its title, questions, parameters and links, as JSON', async () => {
    const res = await get('/queries');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const list = (await res.json()) as CannedQueryListing[];
    expect(list.map((q) => q.name)).toEqual(server.deps.queries.map((q) => q.name));
    const retention = list.find((q) => q.name === 'retention-longer-than');
    expect(retention).toEqual({
      name: 'retention-longer-than',
      title: 'Conservation au-delà de N ans',
      questions: { fr: expect.stringMatching(/plus de N ans/), en: expect.stringMatching(/longer than N years/) },
      params: [expect.objectContaining({ name: 'years', type: 'integer', default: '5' })],
      links: {
        run: '/queries/retention-longer-than',
        csv: '/queries/retention-longer-than?format=csv',
        json: '/queries/retention-longer-than?format=json',
        sparql: '/queries/retention-longer-than.rq',
      },
    });
  });

  it('serves the text of a query at its sparql link, as a SPARQL client would paste it', async () => {
    const res = await get('/queries/treatments-using-system.rq');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/sparql-query; charset=utf-8/);
    expect(await res.text()).toBe(server.deps.queries.find((q) => q.name === 'treatments-using-system')?.text);
  });
});

describe('GET /queries/NAME', () => {
  it('runs a query without parameters as SPARQL JSON results by default', async () => {
    const res = await get('/queries/treatments-per-register');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/sparql-results\+json; charset=utf-8/);
    expect(res.headers.get('x-result-count')).toBe('9');
    expect(res.headers.get('vary')).toMatch(/accept/i);
    const json = (await res.json()) as SparqlJson;
    expect(json.head.vars).toEqual(['register', 'registerTitle', 'treatments']);
  });

  it('binds a parameter from the query string: the 13 treatments of 004 that use RIO', async () => {
    const bindings = await rows('/queries/treatments-using-system?system=RIO');
    expect(bindings).toHaveLength(13);
    expect(bindings.every((b) => /\/register\/004-/.test(b.treatment?.value ?? ''))).toBe(true);
  });

  it('applies the declared default when the parameter is left out (Office365: 10 treatments)', async () => {
    expect(await rows('/queries/treatments-using-system')).toHaveLength(10);
  });

  it('types each value by its declaration: integer, date, accent-insensitive string', async () => {
    expect((await rows('/queries/retention-longer-than?years=10')).map((b) => b.durations?.value)).toEqual(['30 ans']);
    expect(await rows('/queries/treatments-updated-before?date=2023-01-05')).toHaveLength(14);
    expect((await rows(`/queries/search-treatments?q=${encodeURIComponent('PÉGASE')}`)).map((b) => b.title?.value).sort()).toEqual([
      'Pegase Gestion dématérialisée de courrier',
      'Pégase Gestion dématérialisée de courrier',
    ]);
  });

  it('never splices a value into the text: one that looks like SPARQL is only a string that matches nothing', async () => {
    const res = await get(`/queries/search-treatments?q=${encodeURIComponent('") } UNION { ?s ?p ?o } #')}`, 'application/sparql-results+json');
    expect(res.status).toBe(200);
    expect(((await res.json()) as SparqlJson).results.bindings).toEqual([]);
  });

  it.each([
    ['csv', 'text/csv', /^title,registerTitle,durations,statements,treatment\r\n/],
    ['tsv', 'text/tab-separated-values', /^\?title\t\?registerTitle\t\?durations\t\?statements\t\?treatment\n/],
    ['xml', 'application/sparql-results+xml', /<sparql xmlns="http:\/\/www.w3.org\/2005\/sparql-results#"/],
    ['json', 'application/sparql-results+json', /"vars":\s*\[/],
  ])('answers ?format=%s as %s, with a file name', async (format, type, body) => {
    const res = await get(`/queries/retention-longer-than?years=5&format=${format}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(new RegExp(`^${type.replace(/[+]/g, '\\+')}; charset=utf-8`));
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="retention-longer-than\.(csv|tsv|srx|srj)"$/);
    expect(await res.text()).toMatch(body);
  });

  it('negotiates the Accept header as /sparql does', async () => {
    const res = await get('/queries/treatments-per-register', 'text/csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const refused = await get('/queries/treatments-per-register', 'text/turtle');
    expect(refused.status).toBe(406);
    expect(await refused.text()).toMatch(/application\/sparql-results\+json/);
  });

  it('answers 400 naming the parameter for a value that does not fit its type', async () => {
    for (const [path, message] of [
      ['/queries/retention-longer-than?years=ten', /invalid value "ten" for parameter "years" \(integer\)/],
      ['/queries/treatments-updated-before?date=2023-02-30', /invalid value "2023-02-30" for parameter "date" \(date\)/],
      ['/queries/search-treatments?q=', /parameter "q" \(string\): expected a non-empty text/],
    ] as const) {
      const res = await get(path, 'text/plain');
      expect(res.status, path).toBe(400);
      expect(await res.text(), path).toMatch(message);
    }
  });

  it('answers 400 for an unknown parameter, or one given twice, naming it', async () => {
    const unknown = await get('/queries/retention-longer-than?yeras=3');
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(/unknown parameter "yeras" for query retention-longer-than; it takes: years/);
    const twice = await get('/queries/retention-longer-than?years=3&years=4');
    expect(twice.status).toBe(400);
    expect(await twice.text()).toMatch(/parameter "years" is given 2 times/);
  });

  it('answers 400 for an unknown format', async () => {
    const res = await get('/queries/treatments-per-register?format=yaml');
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/unknown or unsupported format "yaml"/);
  });

  it('answers 404 for an unknown query, listing the queries', async () => {
    for (const path of ['/queries/no-such-query', '/queries/no-such-query.rq']) {
      const res = await get(path, 'text/plain');
      expect(res.status, path).toBe(404);
      const text = await res.text();
      expect(text).toMatch(/no canned query "no-such-query"/);
      expect(text).toContain('treatments-using-system');
    }
  });

  it('answers 405 to other methods', async () => {
    const res = await fetch(new URL('queries/treatments-per-register', server.url), { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toMatch(/GET/);
  });
});

describe('pages of a canned query', () => {
  it('answers one page, says which, and links the next one while pages are full', async () => {
    const first = await get('/queries/legal-basis-per-treatment?limit=40', 'text/csv');
    expect(first.status).toBe(200);
    expect(first.headers.get('x-page-limit')).toBe('40');
    expect(first.headers.get('x-page-offset')).toBe('0');
    expect(first.headers.get('x-result-count')).toBe('40');
    const next = /^<([^>]+)>; rel="next"$/.exec(first.headers.get('link') ?? '')?.[1];
    expect(next).toBe('/queries/legal-basis-per-treatment?limit=40&offset=40');
    const rows = async (path: string) => (await (await get(path, 'text/csv')).text()).trim().split('\r\n').slice(1);
    const whole = await rows('/queries/legal-basis-per-treatment?limit=200');
    expect(whole).toHaveLength(100);
    expect([...(await rows('/queries/legal-basis-per-treatment?limit=40')), ...(await rows(next!)), ...(await rows('/queries/legal-basis-per-treatment?limit=40&offset=80'))]).toEqual(whole);
    const last = await get('/queries/legal-basis-per-treatment?limit=40&offset=80', 'text/csv');
    expect(last.headers.get('link')).toBeNull();
  });

  it('gives a default page of 1000 rows, and refuses a bad limit or offset with 400 naming it', async () => {
    expect((await get('/queries/treatments-per-register', 'text/csv')).headers.get('x-page-limit')).toBe('1000');
    for (const [query, name] of [['limit=0', 'limit'], ['limit=ten', 'limit'], ['offset=-2', 'offset'], ['limit=999999', 'limit']] as const) {
      const response = await get(`/queries/treatments-per-register?${query}`, 'text/csv');
      expect(response.status, query).toBe(400);
      expect(await response.text(), query).toMatch(new RegExp(`^${name} `));
    }
  });
});
