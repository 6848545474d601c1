// The requests common SPARQL clients send, byte for byte, against a real server: SPARQLWrapper's defaults, Fuseki-style
// format parameters, Accept: application/json.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { Parser } from 'n3';
import * as $rdf from 'rdflib';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/**
 * What SPARQLWrapper 2.0 (RDFLib/sparqlwrapper, SPARQLWrapper/Wrapper.py) sends with its defaults (method GET, return
 * format XML, onlyConneg False): `_getRequestEncodedParameters` adds format, output and results, each set to the return
 * format, after the query, every pair encoded with quote_plus(safe="/"); `_getAcceptHeader` asks application/rdf+xml
 * for CONSTRUCT and DESCRIBE, application/sparql-results+xml for SELECT and ASK; the User-Agent is its __agent__.
 * Python is not on this machine's test path, so the request is rebuilt here from that source.
 */
const SPARQLWRAPPER_AGENT = 'sparqlwrapper 2.0.1a0 (rdflib.github.io/sparqlwrapper)';
const SPARQLWRAPPER_JSON_ACCEPT = 'application/x-sparqlstar-results+json,application/sparql-results+json,application/json,text/javascript,application/javascript';

function quotePlus(text: string): string {
  // Python's quote_plus(safe="/"): unreserved characters and "/" kept, space as "+", everything else %XX in UTF-8.
  return encodeURIComponent(text).replace(/%2F/g, '/').replace(/%20/g, '+').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function sparqlWrapperGet(query: string, returnFormat: 'xml' | 'json', accept: string): Promise<Response> {
  const pairs = [['query', query], ['format', returnFormat], ['output', returnFormat], ['results', returnFormat]];
  const search = pairs.map(([k, v]) => `${quotePlus(k!)}=${quotePlus(v!)}`).join('&');
  return fetch(`${server.url}sparql?${search}`, { headers: { 'User-Agent': SPARQLWRAPPER_AGENT, Accept: accept } });
}

const OFFICE365 = () => `${server.url}system/office365`;

describe('SPARQLWrapper with its defaults (GET, XML)', () => {
  it('gets a DESCRIBE as RDF/XML', async () => {
    const res = await sparqlWrapperGet(`DESCRIBE <${OFFICE365()}>`, 'xml', 'application/rdf+xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/rdf\+xml/);
    const graph = $rdf.graph();
    $rdf.parse(await res.text(), graph, server.url, 'application/rdf+xml');
    expect(graph.statementsMatching($rdf.sym(OFFICE365())).length).toBeGreaterThan(3);
  });

  it('gets a CONSTRUCT as RDF/XML', async () => {
    const query = `PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a <https://w3id.org/ropa-graph/ns#Register> ; rdfs:label ?l }`;
    const res = await sparqlWrapperGet(query, 'xml', 'application/rdf+xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/rdf\+xml/);
    const graph = $rdf.graph();
    $rdf.parse(await res.text(), graph, server.url, 'application/rdf+xml');
    expect(graph.statements.length).toBe(9);
  });

  it('gets a SELECT as SPARQL XML, and with returnFormat JSON as SPARQL JSON', async () => {
    const query = 'SELECT ?s WHERE { ?s a <https://w3id.org/ropa-graph/ns#Register> }';
    const xml = await sparqlWrapperGet(query, 'xml', 'application/sparql-results+xml');
    expect(xml.status).toBe(200);
    expect(xml.headers.get('content-type')).toMatch(/^application\/sparql-results\+xml/);
    expect((await xml.text()).match(/<result>/g)).toHaveLength(9);
    const json = await sparqlWrapperGet(query, 'json', SPARQLWRAPPER_JSON_ACCEPT);
    expect(json.headers.get('content-type')).toMatch(/^application\/sparql-results\+json/);
    expect(((await json.json()) as { results: { bindings: unknown[] } }).results.bindings).toHaveLength(9);
  });
});

describe('format parameters, as Fuseki reads them', () => {
  const construct = 'CONSTRUCT { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { ?s a <https://w3id.org/ropa-graph/ns#Register> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }';
  it.each([
    ['format=json', 'application/ld+json'],
    ['output=xml', 'application/rdf+xml'],
    ['results=ttl', 'text/turtle'],
    ['format=text', 'text/turtle'],
    ['output=nt', 'application/n-triples'],
    ['format=application%2Frdf%2Bxml', 'application/rdf+xml'],
  ])('maps %s for a graph result to %s', async (param, type) => {
    const res = await fetch(`${server.url}sparql?query=${encodeURIComponent(construct)}&${param}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(new RegExp(`^${type.replace('+', '\\+')}`));
  });

  it('reads the format from a POSTed form too, and refuses an unknown one with 400 naming the choices', async () => {
    const ok = await fetch(`${server.url}sparql`, { method: 'POST', body: new URLSearchParams({ query: 'ASK {}', output: 'json' }) });
    expect(ok.headers.get('content-type')).toMatch(/^application\/sparql-results\+json/);
    const bad = await fetch(`${server.url}sparql?query=ASK%7B%7D&format=png`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/format=png.*json, xml, csv, tsv/);
  });
});

describe('Accept: application/json', () => {
  it.each(['SELECT ?s WHERE { ?s a <https://w3id.org/ropa-graph/ns#Register> } LIMIT 2', 'ASK { ?s ?p ?o }'])('answers SPARQL JSON to %s', async (query) => {
    const res = await fetch(`${server.url}sparql?query=${encodeURIComponent(query)}`, { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/sparql-results\+json/);
    const body = (await res.json()) as { head: unknown; results?: { bindings: unknown[] }; boolean?: boolean };
    expect(body.head).toBeDefined();
    expect(body.results?.bindings.length ?? (body.boolean ? 1 : 0)).toBeGreaterThan(0);
  });

  it('answers JSON-LD to a CONSTRUCT', async () => {
    const res = await fetch(`${server.url}sparql?query=${encodeURIComponent(`DESCRIBE <${OFFICE365()}>`)}`, { headers: { Accept: 'application/json' } });
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    await res.json();
  });
});

describe('the service description in a browser', () => {
  it('is a French page for a browser, and Turtle for a client that accepts anything', async () => {
    const page = await fetch(`${server.url}sparql`, { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<h1>Service SPARQL</h1>');
    expect(html).toContain('href="/query"');
    const turtle = await fetch(`${server.url}sparql`);
    expect(turtle.headers.get('content-type')).toMatch(/^text\/turtle/);
    expect(new Parser().parse(await turtle.text()).length).toBeGreaterThan(10);
  });
});
