// The SPARQL 1.1 Protocol at /sparql on a real server: methods, media types, errors, security, caps.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Parser } from 'n3';
import * as $rdf from 'rdflib';
import jsonld from 'jsonld';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';

const COUNT_PER_REGISTER = `PREFIX dct: <http://purl.org/dc/terms/>
PREFIX dpv: <https://w3id.org/dpv#>
SELECT ?register (COUNT(?t) AS ?n) WHERE { ?register a dpv:ROPA ; dct:hasPart ?t } GROUP BY ?register ORDER BY ?register`;
const ASK_OFFICE = `ASK { ?t <https://w3id.org/dpv#isImplementedUsingTechnology> ?s . ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(CONTAINS(LCASE(STR(?l)), "365")) }`;
const CONSTRUCT_REGISTERS = `PREFIX dct: <http://purl.org/dc/terms/>
CONSTRUCT { ?r dct:title ?title } WHERE { ?r a <https://w3id.org/dpv#ROPA> ; dct:title ?title }`;

let server: TestServer;
let sparql: string;

beforeAll(async () => {
  server = await startTestServer({ resultLimit: 50, queryTimeoutMs: 1500, bodyLimitBytes: 20_000 });
  sparql = `${server.url}sparql`;
});
afterAll(() => server.close());

const get = (query: string, accept?: string, extra = '') =>
  fetch(`${sparql}?query=${encodeURIComponent(query)}${extra}`, { headers: accept ? { accept } : {} });

describe('query forms and methods', () => {
  it('answers GET ?query= with SPARQL JSON by default', async () => {
    const res = await get(COUNT_PER_REGISTER);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/sparql-results\+json/);
    expect(res.headers.get('vary')).toMatch(/Accept/i);
    const json = (await res.json()) as { head: { vars: string[] }; results: { bindings: { n: { value: string } }[] } };
    expect(json.head.vars).toEqual(['register', 'n']);
    // Ordered by register IRI: the five French registers, then the four EDPS records of one treatment each.
    expect(json.results.bindings.map((b) => Number(b.n.value))).toEqual([9, 22, 18, 11, 36, 1, 1, 1, 1]);
  });

  it('answers POST application/x-www-form-urlencoded', async () => {
    const res = await fetch(sparql, { method: 'POST', body: new URLSearchParams({ query: ASK_OFFICE }), headers: { accept: 'application/sparql-results+json' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ head: {}, boolean: true });
  });

  it('answers POST application/sparql-query', async () => {
    const res = await fetch(sparql, { method: 'POST', body: ASK_OFFICE, headers: { 'content-type': 'application/sparql-query', accept: 'application/sparql-results+xml' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/sparql-results\+xml/);
    expect(await res.text()).toMatch(/<boolean>true<\/boolean>/);
  });

  it('accepts a trailing slash on the endpoint path', async () => {
    const res = await fetch(`${sparql}/?query=${encodeURIComponent('ASK {}')}`);
    expect(res.status).toBe(200);
  });
});

describe('result media types', () => {
  it.each([
    ['application/sparql-results+json', /"bindings"/],
    ['application/sparql-results+xml', /<sparql xmlns="http:\/\/www.w3.org\/2005\/sparql-results#"/],
    ['text/csv', /^register,n\r?\n/],
    ['text/tab-separated-values', /^\?register\t\?n\r?\n/],
  ])('SELECT as %s', async (accept, body) => {
    const res = await get(COUNT_PER_REGISTER, accept);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(accept);
    expect(await res.text()).toMatch(body);
  });

  it('picks by quality value and ?format=', async () => {
    const res = await get(COUNT_PER_REGISTER, 'text/csv;q=0.5, application/sparql-results+xml;q=0.9');
    expect(res.headers.get('content-type')).toContain('application/sparql-results+xml');
    const res2 = await get(COUNT_PER_REGISTER, 'application/sparql-results+xml', '&format=tsv');
    expect(res2.headers.get('content-type')).toContain('text/tab-separated-values');
  });

  const expectNineTitles = (count: number) => expect(count).toBe(9);

  it('CONSTRUCT as Turtle, N-Triples, JSON-LD and RDF/XML, each parsing to the same 9 triples', async () => {
    const turtle = await (await get(CONSTRUCT_REGISTERS, 'text/turtle')).text();
    expectNineTitles(new Parser().parse(turtle).length);
    const ntRes = await get(CONSTRUCT_REGISTERS, 'application/n-triples');
    expect(ntRes.headers.get('content-type')).toMatch(/^application\/n-triples/);
    expectNineTitles(new Parser({ format: 'N-Triples' }).parse(await ntRes.text()).length);
    const ldRes = await get(CONSTRUCT_REGISTERS, 'application/ld+json');
    expect(ldRes.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const nquads = (await jsonld.toRDF(await ldRes.json(), { format: 'application/n-quads' })) as unknown as string;
    expectNineTitles(nquads.trim().split('\n').length);
    const xmlRes = await get(CONSTRUCT_REGISTERS, 'application/rdf+xml');
    expect(xmlRes.headers.get('content-type')).toMatch(/^application\/rdf\+xml/);
    const graph = $rdf.graph();
    $rdf.parse(await xmlRes.text(), graph, server.url, 'application/rdf+xml');
    expectNineTitles(graph.statements.length);
  });

  it('DESCRIBE a treatment as Turtle', async () => {
    const res = await get(`DESCRIBE ?t WHERE { ?t <http://purl.org/dc/terms/title> "Collecte-Pro"@fr } LIMIT 1`, 'text/turtle');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Collecte-Pro');
  });

  it('answers 406 when no offered type fits, naming what is offered', async () => {
    const res = await get(COUNT_PER_REGISTER, 'image/png');
    expect(res.status).toBe(406);
    expect(await res.text()).toMatch(/application\/sparql-results\+json/);
    const res2 = await get(CONSTRUCT_REGISTERS, 'text/csv');
    expect(res2.status).toBe(406);
    expect(await res2.text()).toMatch(/text\/turtle/);
  });
});

describe('errors a client can act on', () => {
  it('400 with the parser message on a syntax error', async () => {
    const res = await get('SELECT * WHERE { ?s ?p }');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toMatch(/Parse error on line 1/);
  });

  it.each([
    ['GET ?update=', () => fetch(`${sparql}?update=${encodeURIComponent('CLEAR ALL')}`)],
    ['POST form update=', () => fetch(sparql, { method: 'POST', body: new URLSearchParams({ update: 'CLEAR ALL' }) })],
    ['POST application/sparql-update', () => fetch(sparql, { method: 'POST', body: 'CLEAR ALL', headers: { 'content-type': 'application/sparql-update' } })],
  ])('refuses SPARQL Update (%s) with 405 and Allow', async (_name, send) => {
    const res = await send();
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST, OPTIONS');
    expect(await res.text()).toMatch(/read-only/);
  });

  it('refuses an update sent as a query with 400', async () => {
    const res = await get('INSERT DATA { <http://a> <http://b> <http://c> }');
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/read-only/);
  });

  it('405 for other methods, 415 for other bodies, 400 for two queries', async () => {
    expect((await fetch(`${sparql}?query=ASK{}`, { method: 'PUT' })).status).toBe(405);
    expect((await fetch(`${sparql}?query=ASK{}`, { method: 'DELETE' })).status).toBe(405);
    expect((await fetch(sparql, { method: 'POST', body: 'ASK {}', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    expect((await fetch(sparql, { method: 'POST', body: 'ASK {}', headers: { 'content-type': 'application/sparql-query; charset=UTF-16' } })).status).toBe(415);
    const twice = await fetch(`${sparql}?query=ASK{}&query=ASK{}`);
    expect(twice.status).toBe(400);
    expect(await twice.text()).toMatch(/given 2 times/);
  });

  it('stops a query past the timeout with 503, and keeps answering meanwhile', async () => {
    const explosive = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
    const started = Date.now();
    const slow = get(explosive);
    // While the explosive query runs, the server stays responsive (other requests do not wait for it).
    const quick = await fetch(`${server.url}sparql`, { headers: { accept: 'text/turtle' } });
    expect(quick.status).toBe(200);
    const res = await slow;
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.text()).toMatch(/longer than 1500 ms/);
    expect(Date.now() - started).toBeLessThan(10_000);
    const after = await get('ASK {}');
    expect(after.status).toBe(200);
  });

  it('caps results and says so in headers', async () => {
    const res = await get('SELECT ?s ?p ?o WHERE { ?s ?p ?o }');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-result-truncated')).toBe('true');
    expect(res.headers.get('x-result-limit')).toBe('50');
    expect(res.headers.get('warning')).toMatch(/truncated to the first 50/);
    const json = (await res.json()) as { results: { bindings: unknown[] } };
    expect(json.results.bindings).toHaveLength(50);
    const small = await get(COUNT_PER_REGISTER);
    expect(small.headers.get('x-result-truncated')).toBeNull();
    expect(small.headers.get('x-result-count')).toBe('9');
  });

  it('413 when the body is over the limit', async () => {
    const res = await fetch(sparql, { method: 'POST', body: `ASK {} #${'x'.repeat(30_000)}`, headers: { 'content-type': 'application/sparql-query' } });
    expect(res.status).toBe(413);
    expect(await res.text()).toMatch(/too large/);
  });
});

describe('no server-side request forgery', () => {
  let trap: Server;
  let trapUrl: string;
  let hits = 0;
  beforeAll(async () => {
    trap = createServer((_req, res) => {
      hits++;
      res.end('<http://a> <http://b> <http://c> .');
    });
    await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
    trapUrl = `http://127.0.0.1:${(trap.address() as AddressInfo).port}/data.nt`;
  });
  afterAll(() => new Promise<void>((resolve) => trap.close(() => resolve())));

  it.each([
    ['SERVICE', () => `SELECT * WHERE { SERVICE <${trapUrl}> { ?s ?p ?o } }`, /SERVICE is not allowed/],
    ['nested SERVICE', () => `SELECT * WHERE { ?x ?y ?z OPTIONAL { SERVICE <${trapUrl}> { ?s ?p ?o } } } LIMIT 1`, /SERVICE is not allowed/],
    ['FROM', () => `SELECT * FROM <${trapUrl}> WHERE { ?s ?p ?o }`, /unknown graph/],
    ['FROM NAMED', () => `SELECT * FROM NAMED <${trapUrl}> WHERE { GRAPH ?g { ?s ?p ?o } }`, /unknown graph/],
  ])('refuses %s pointing at a URL, and never fetches it', async (_name, query, message) => {
    const res = await get(query());
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(message);
    expect(hits).toBe(0);
  });

  it('reads default-graph-uri / named-graph-uri outside the dataset as empty graphs, says so, never fetches them', async () => {
    const res = await get('SELECT * WHERE { ?s ?p ?o }', undefined, `&default-graph-uri=${encodeURIComponent(trapUrl)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('warning')).toMatch(/is not in this dataset and was read as empty; this endpoint never fetches URLs/);
    expect(((await res.json()) as { results: { bindings: unknown[] } }).results.bindings).toEqual([]);
    const named = await get('ASK { GRAPH ?g { ?s ?p ?o } }', undefined, `&named-graph-uri=${encodeURIComponent(trapUrl)}`);
    expect(await named.json()).toMatchObject({ boolean: false });
    expect(hits).toBe(0);
  });
});

describe('datasets of the protocol', () => {
  it('default-graph-uri restricts the default graph to one register', async () => {
    const graph = server.deps.store.graphs().find((g) => g.includes('register/000-'))!;
    const res = await get('SELECT (COUNT(?t) AS ?n) WHERE { ?t a <https://w3id.org/dpv#PersonalDataProcess> }', undefined, `&default-graph-uri=${encodeURIComponent(graph)}`);
    expect(res.status).toBe(200);
    const json = (await res.json()) as { results: { bindings: { n: { value: string } }[] } };
    expect(json.results.bindings[0]!.n.value).toBe('9');
  });

  it('named-graph-uri exposes the chosen registers as named graphs', async () => {
    const graphs = server.deps.store.graphs().filter((g) => /register\/00[04]-/.test(g));
    const params = graphs.map((g) => `&named-graph-uri=${encodeURIComponent(g)}`).join('');
    const res = await get('SELECT ?g (COUNT(?t) AS ?n) WHERE { GRAPH ?g { ?t a <https://w3id.org/dpv#PersonalDataProcess> } } GROUP BY ?g ORDER BY ?g', undefined, params);
    const json = (await res.json()) as { results: { bindings: { n: { value: string } }[] } };
    expect(json.results.bindings.map((b) => b.n.value)).toEqual(['9', '36']);
  });
});

describe('service description, security headers, CORS', () => {
  it('describes the service at /sparql without a query (Turtle and JSON-LD)', async () => {
    const res = await fetch(sparql, { headers: { accept: 'text/turtle' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/turtle/);
    const quads = new Parser().parse(await res.text());
    const has = (p: string, o: string) => quads.some((q) => q.predicate.value === p && q.object.value === o);
    expect(has('http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'http://www.w3.org/ns/sparql-service-description#Service')).toBe(true);
    expect(has('http://www.w3.org/ns/sparql-service-description#endpoint', sparql)).toBe(true);
    expect(has('http://www.w3.org/ns/sparql-service-description#resultFormat', 'http://www.w3.org/ns/formats/SPARQL_Results_CSV')).toBe(true);
    const ld = await fetch(sparql, { headers: { accept: 'application/ld+json' } });
    expect(ld.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(JSON.stringify(await ld.json())).toContain('Service');
  });

  it('sends helmet headers and CORS for browser-based clients', async () => {
    const res = await get('ASK {}', undefined);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await fetch(sparql, { method: 'OPTIONS', headers: { origin: 'https://yasgui.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(preflight.headers.get('access-control-expose-headers') ?? res.headers.get('access-control-expose-headers')).toMatch(/X-Result-Truncated/);
  });
});

describe('rate limiting', () => {
  it('answers 429 past the configured rate', async () => {
    const limited = await startTestServer({ rateLimitPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await fetch(`${limited.url}sparql?query=ASK{}`)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const res = await fetch(`${limited.url}sparql?query=ASK{}`);
      expect(await res.text()).toMatch(/too many requests/);
    } finally {
      await limited.close();
    }
  });
});
