// Dereferenceable IRIs on a real server: HTML pages for browsers, four RDF formats for clients, 404 and 406.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as RDF from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import jsonld from 'jsonld';
import * as $rdf from 'rdflib';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';
import { PREFIXES } from '../../src/vocab/namespaces.ts';

const { namedNode } = DataFactory;
const TREATMENT_PATH = 'register/001-16106fe6b7c9f12d/treatment/06-gestion-de-la-messagerie-professionnelle-office365';
const OFFICE365_PATH = 'system/office365';
const HTML = { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

let server: TestServer;
let treatment: string;
let office365: string;

beforeAll(async () => {
  server = await startTestServer();
  treatment = server.url + TREATMENT_PATH;
  office365 = server.url + OFFICE365_PATH;
});

afterAll(async () => {
  await server?.close();
});

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL(path, server.url), { headers, redirect: 'manual' });
}

/** One string per triple, the same whatever the syntax it was read from. */
function tripleKey(s: RDF.Term, p: RDF.Term, o: RDF.Term): string {
  const object = o.termType === 'Literal' ? JSON.stringify([o.value, o.language, o.language ? '' : o.datatype.value]) : `<${o.value}>`;
  return `<${s.value}> <${p.value}> ${object}`;
}

async function parseRdf(body: string, mediaType: string): Promise<Set<string>> {
  if (mediaType === 'application/rdf+xml') {
    const graph = $rdf.graph();
    $rdf.parse(body, graph, server.url, 'application/rdf+xml');
    return new Set(graph.statements.map((st) => tripleKey(st.subject as RDF.Term, st.predicate as RDF.Term, st.object as RDF.Term)));
  }
  const text = mediaType === 'application/ld+json' ? ((await jsonld.toRDF(JSON.parse(body), { format: 'application/n-quads' })) as unknown as string) : body;
  const format = mediaType === 'text/turtle' ? 'Turtle' : 'N-Quads';
  return new Set(new Parser({ format }).parse(text).map((q) => tripleKey(q.subject, q.predicate, q.object)));
}

describe('Comunica initialBindings over the in-process SPARQL source', () => {
  it('restricts a bound CONSTRUCT to the bound resource', async () => {
    const quads = await server.deps.sparql.constructQuads('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }', { bindings: { s: namedNode(office365) } });
    expect(quads.length).toBeGreaterThan(3);
    expect(new Set(quads.map((q) => q.subject.value))).toEqual(new Set([office365]));
    // A bound COUNT agrees, and is far below the unbound one: the binding reached the store.
    const direct = await server.deps.sparql.selectRows('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', { bindings: { s: namedNode(office365) } });
    expect(Number(direct[0]!.n!.value)).toBe(quads.length);
    const all = await server.deps.sparql.selectRows('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
    expect(Number(all[0]!.n!.value)).toBeGreaterThan(quads.length * 100);
  });

  it('restricts a bound SELECT, and a binding that matches nothing gives nothing', async () => {
    const rows = await server.deps.sparql.selectRows('SELECT ?t WHERE { ?t ?p ?system }', { bindings: { system: namedNode(office365) } });
    expect(rows.map((r) => r.t!.value)).toContain(treatment);
    const none = await server.deps.sparql.selectRows('SELECT ?p ?o WHERE { ?s ?p ?o }', { bindings: { s: namedNode(`${server.url}system/no-such-system`) } });
    expect(none).toEqual([]);
  });
});

describe('HTML pages', () => {
  let page: string;
  let response: Response;

  beforeAll(async () => {
    response = await get(TREATMENT_PATH, HTML);
    page = await response.text();
  });

  it('answers a browser with the page of a treatment', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    expect(response.headers.get('vary')).toMatch(/Accept/);
    expect(page).toContain('<h1>Gestion de la messagerie professionnelle Office365</h1>');
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('href="/assets/site.css"');
  });

  it('names the types and the properties with their French labels, and keeps the CURIE', () => {
    expect(page).toMatch(/Type : <a href="\/resource\?iri=https%3A%2F%2Fw3id.org%2Fropa-graph%2Fns%23Treatment">Traitement<\/a>/);
    for (const label of ['a pour responsable du traitement', 'a pour sous-traitant', 'a pour finalité', 'porte sur les données personnelles', 'est mis en œuvre avec la technologie', 'fait partie de', 'titre']) {
      expect(page).toContain(`>${label}</a>`);
    }
    expect(page).toContain('<span class="curie">dpv:hasDataController</span>');
  });

  it('links neighbours: our IRIs by their path, DPV terms to their local page and to w3id.org', () => {
    expect(page).toContain('<a href="/system/office365">Microsoft 365</a>');
    expect(page).toContain('<a href="/organisation/dnum">');
    expect(page).toContain('<a href="/register/001-16106fe6b7c9f12d">');
    // The data subjects are our dpv:DataSubject nodes (DPV 2.3 types its categories of people dpv:HumanSubject).
    expect(page).toContain('<a href="/data-subject/employee">Agents et salariés</a>');
    expect(page).toContain('<a href="/resource?iri=https%3A%2F%2Fw3id.org%2Fdpv%2Fpd%23Picture">');
    expect(page).toContain('href="https://w3id.org/dpv/pd#Picture"');
  });

  it('shows the provenance: the source file and lines, then every source field verbatim, escaped', async () => {
    const [source] = await server.deps.sparql.selectRows(
      `PREFIX prov: <${PREFIXES.prov}> PREFIX ropa: <${PREFIXES.ropa}>
       SELECT ?file ?first ?last WHERE { ?t prov:wasDerivedFrom ?s . ?s ropa:sourceFile ?file ; ropa:firstLine ?first ; ropa:lastLine ?last }`,
      { bindings: { t: namedNode(treatment) } },
    );
    const lines = source!.first!.value === source!.last!.value ? `ligne ${source!.first!.value}` : `lignes ${source!.first!.value}–${source!.last!.value}`;
    const provenance = page.slice(page.indexOf('<section class="provenance">'), page.indexOf('</section>', page.indexOf('<section class="provenance">')));
    expect(provenance).toContain(`<code>${source!.file!.value}</code>, ${lines}`);
    expect(provenance).toContain('>Intitulé</a>');
    expect(provenance).toContain('<blockquote class="verbatim">Gestion de la messagerie professionnelle Office365</blockquote>');
    expect(provenance).toContain('>Finalités</a>');
    // The register's cells hold HTML: it is shown as text, never interpreted.
    expect(provenance).toContain('&lt;p&gt;');
    expect(provenance).not.toMatch(/<p>/);
    expect(provenance).toMatch(/<td class="lines" data-label="Lignes">lignes? \d+/);
  });

  it('offers the same resource in the four RDF formats', () => {
    for (const format of ['ttl', 'jsonld', 'nt', 'rdfxml']) expect(page).toContain(`href="/${TREATMENT_PATH}?format=${format}"`);
    expect(response.headers.get('link')).toContain(`</${TREATMENT_PATH}?format=ttl>; rel="alternate"; type="text/turtle"`);
  });

  it('follows the system link to a page listing the treatments that use it', async () => {
    const href = /<a href="([^"]+)">Microsoft 365<\/a>/.exec(page)![1]!;
    const system = await get(href, HTML);
    expect(system.status).toBe(200);
    const html = await system.text();
    expect(html).toContain('<h1>Microsoft 365</h1>');
    const incoming = html.slice(html.indexOf('<section class="incoming">'));
    expect(incoming).toContain('est mis en œuvre avec la technologie</a>');
    expect(incoming).toContain(`<a href="/${TREATMENT_PATH}">Gestion de la messagerie professionnelle Office365</a>`);
    // 001 and 002 share this title: each link says which register it belongs to.
    expect(incoming).toContain('<span class="hint">register/001-16106fe6b7c9f12d</span>');
    const users = await server.deps.sparql.selectRows(`SELECT DISTINCT ?t WHERE { ?t <${PREFIXES.dpv}isImplementedUsingTechnology> ?system }`, {
      bindings: { system: namedNode(office365) },
    });
    for (const row of users) expect(incoming).toContain(`href="/${row.t!.value.slice(server.url.length)}"`);
  });

  it('gives DPV terms a local page of what the registers say about them', async () => {
    const response = await get(`resource?iri=${encodeURIComponent(`${PREFIXES.pd}Name`)}`, HTML);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h1>Nom</h1>');
    expect(html).toContain('href="https://w3id.org/dpv/pd#Name"');
    expect(html).toContain('porte sur les données personnelles</a>');
    const treatments = await server.deps.sparql.selectRows(`SELECT DISTINCT ?t WHERE { ?t <${PREFIXES.dpv}hasPersonalData> ?term }`, {
      bindings: { term: namedNode(`${PREFIXES.pd}Name`) },
    });
    expect(treatments.length).toBeGreaterThan(0);
    for (const row of treatments) expect(html).toContain(`href="/${row.t!.value.slice(server.url.length)}"`);
  });

  it('sends /resource?iri= of one of our IRIs to its own path', async () => {
    const response = await get(`resource?iri=${encodeURIComponent(office365)}&format=nt`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/${OFFICE365_PATH}?format=nt`);
  });

  it('never redirects to another host', async () => {
    const response = await get(`resource?iri=${encodeURIComponent(`${server.url}/evil.example/x`)}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('location')).toBeNull();
  });

  it('refuses an IRI that could break out of the query text', async () => {
    const response = await get(`resource?iri=${encodeURIComponent('https://w3id.org/dpv#X> } UNION { ?s ?p ?o')}`);
    expect(response.status).toBe(400);
  });

  it('serves the stylesheet', async () => {
    const response = await get('assets/site.css');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await response.text()).toContain('blockquote.verbatim');
  });
});

describe('RDF by negotiation', () => {
  const formats = [
    { mediaType: 'text/turtle', name: 'ttl' },
    { mediaType: 'application/ld+json', name: 'jsonld' },
    { mediaType: 'application/n-triples', name: 'nt' },
    { mediaType: 'application/rdf+xml', name: 'rdfxml' },
  ];
  const triples = new Map<string, Set<string>>();

  it.each(formats)('answers Accept: $mediaType with a document that parses', async ({ mediaType }) => {
    const response = await get(TREATMENT_PATH, { Accept: mediaType });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(`${mediaType}; charset=utf-8`);
    expect(response.headers.get('vary')).toMatch(/Accept/);
    const body = await response.text();
    if (mediaType === 'application/ld+json') expect(JSON.parse(body)['@context']).toBe(`${server.url}context.jsonld`);
    triples.set(mediaType, await parseRdf(body, mediaType));
  });

  it('gives the same triples in every format: outgoing, incoming and the owned nodes', async () => {
    const turtle = triples.get('text/turtle')!;
    for (const { mediaType } of formats) expect(triples.get(mediaType), mediaType).toEqual(turtle);
    const { dpv, rdf, ropa, dct, rdfs } = PREFIXES;
    expect(turtle).toContain(`<${treatment}> <${dpv}isImplementedUsingTechnology> <${office365}>`);
    expect(turtle).toContain(`<${treatment}> <${rdf}type> <${ropa}Treatment>`);
    expect(turtle).toContain(`<${server.url}register/001-16106fe6b7c9f12d> <${dct}hasPart> <${treatment}>`);
    expect(turtle).toContain(`<${treatment}/field/title> <${ropa}verbatim> ${JSON.stringify(['Gestion de la messagerie professionnelle Office365', 'fr', ''])}`);
    expect([...turtle].some((t) => t.startsWith(`<${treatment}/purpose/1> <${rdfs}label> `))).toBe(true);
    expect([...turtle].some((t) => t.startsWith(`<${treatment}/retention/1> `))).toBe(true);
  });

  it('holds only triples about the resource or the nodes minted under it', () => {
    for (const triple of triples.get('application/n-triples')!) {
      const [subject] = triple.split(' ');
      const aboutIt = subject === `<${treatment}>` || subject!.startsWith(`<${treatment}/`) || triple.endsWith(` <${treatment}>`);
      expect(aboutIt, triple).toBe(true);
    }
    // Other treatments of the register are not described: dct:hasPart is not followed.
    expect([...triples.get('application/n-triples')!].some((t) => t.startsWith(`<${server.url}register/001-16106fe6b7c9f12d/treatment/07-`))).toBe(false);
  });

  it.each(formats)('lets ?format=$name win over the Accept header', async ({ mediaType, name }) => {
    const response = await get(`${TREATMENT_PATH}?format=${name}`, HTML);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(`${mediaType}; charset=utf-8`);
    expect((await parseRdf(await response.text(), mediaType)).size).toBe(triples.get(mediaType)!.size);
  });

  it('defaults to Turtle for a client that accepts anything', async () => {
    const response = await get(OFFICE365_PATH, { Accept: '*/*' });
    expect(response.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
  });

  it('answers 406 when nothing offered is acceptable, and 400 for an unknown ?format=', async () => {
    const refused = await get(TREATMENT_PATH, { Accept: 'image/png' });
    expect(refused.status).toBe(406);
    expect(await refused.text()).toMatch(/text\/turtle/);
    expect((await get(`${TREATMENT_PATH}?format=png`)).status).toBe(400);
  });
});

describe('unknown IRIs', () => {
  it('answers 404 with a page for a browser', async () => {
    const response = await get('system/no-such-system', HTML);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('Page introuvable (erreur 404)');
  });

  it('answers 404 in plain text for other clients', async () => {
    const response = await get('register/001-16106fe6b7c9f12d/treatment/99-nothing', { Accept: 'text/turtle' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toContain('no resource <');
  });

  it('answers 404 for a term of another vocabulary that the graph never mentions', async () => {
    expect((await get(`resource?iri=${encodeURIComponent('https://w3id.org/dpv#NoSuchTerm')}`)).status).toBe(404);
  });
});

describe('the JSON-LD context', () => {
  it('is published at /context.jsonld as application/ld+json, with our prefixes', async () => {
    const response = await get('context.jsonld');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const context = (await response.json()) as { '@context': Record<string, unknown> };
    expect(context['@context'].dpv).toBe(PREFIXES.dpv);
    expect(context['@context'].ropa).toBe(PREFIXES.ropa);
  });
});

describe('the order of a treatment\'s purposes', () => {
  it('follows the register (purpose 1, 2, 3…), not the alphabet: EDPS 57 describes a procedure step by step', async () => {
    const path = 'register/eu-edps-record-57-corporate-credit-card-pdftotext-layout-en/treatment/57-use-of-corporate-credit-card-by-staff';
    const html = await (await fetch(`${server.url}${path}`, { headers: { accept: 'text/html' } })).text();
    const numbers = [...html.matchAll(/href="[^"]*\/purpose\/(\d+)"/g)].map((m) => Number(m[1]));
    const firsts = numbers.filter((n, i) => numbers.indexOf(n) === i);
    expect(firsts.length).toBeGreaterThanOrEqual(6);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });
});
