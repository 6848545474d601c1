// Dumps at /export on a real server: every format, whole graph and per register, counted against the store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataFactory, Parser } from 'n3';
import jsonld from 'jsonld';
import * as $rdf from 'rdflib';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';
import { PREFIXES } from '../../src/vocab/namespaces.ts';

const FORMATS = [
  { extension: 'ttl', mediaType: 'text/turtle' },
  { extension: 'jsonld', mediaType: 'application/ld+json' },
  { extension: 'nt', mediaType: 'application/n-triples' },
  { extension: 'rdf', mediaType: 'application/rdf+xml' },
];
/** The dataset formats, which keep the named graphs. */
const DATASET_FORMATS = [
  { extension: 'nq', mediaType: 'application/n-quads' },
  { extension: 'trig', mediaType: 'application/trig' },
];
const ALL_FORMATS = [...FORMATS, ...DATASET_FORMATS];
const COUNT_GRAPH = 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }';
const REGISTER_GRAPHS = `PREFIX ropa: <${PREFIXES.ropa}> SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a ropa:Register } }`;
const COUNT_ALL = 'SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }';

let server: TestServer;
let registers: string[];

beforeAll(async () => {
  server = await startTestServer();
  // A register's graph is named by the register's IRI; other graphs (catalogues, editions…) are not registers.
  const rows = await server.deps.sparql.selectRows(REGISTER_GRAPHS);
  registers = rows.map((row) => row.g!.value.slice(`${server.url}register/`.length)).sort();
  expect(registers.length).toBeGreaterThan(4);
});

afterAll(async () => {
  await server?.close();
});

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL(path, server.url), { headers });
}

/** Triples in a document, read with an independent parser for each syntax. */
async function countTriples(body: string, mediaType: string): Promise<number> {
  if (mediaType === 'application/rdf+xml') {
    const graph = $rdf.graph();
    $rdf.parse(body, graph, server.url, 'application/rdf+xml');
    return graph.statements.length;
  }
  if (mediaType === 'application/ld+json') {
    // A dump carries its @context inline: it must read without fetching anything.
    const document = JSON.parse(body) as Record<string, unknown>;
    expect(typeof document['@context']).toBe('object');
    const nquads = (await jsonld.toRDF(document, { format: 'application/n-quads' })) as unknown as string;
    return new Parser({ format: 'N-Quads' }).parse(nquads).length;
  }
  return new Parser({ format: mediaType === 'text/turtle' ? 'Turtle' : 'N-Triples' }).parse(body).length;
}

async function countInStore(slug?: string): Promise<number> {
  const rows = slug
    ? await server.deps.sparql.selectRows(COUNT_GRAPH, { bindings: { g: DataFactory.namedNode(`${server.url}register/${slug}`) } })
    : await server.deps.sparql.selectRows(COUNT_ALL);
  return Number(rows[0]!.n!.value);
}

describe('the index of dumps', () => {
  it('lists the whole graph and every register, each in every format, as JSON', async () => {
    const response = await get('export', { Accept: 'application/json' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const index = (await response.json()) as { dumps: { name: string; kind: string; triples: number; url: string; downloads: { url: string; filename: string; mediaType: string }[] }[] };
    expect(index.dumps.filter((d) => d.kind !== 'graph').map((d) => d.name)).toEqual(['all', ...registers]);
    // Each other named graph alone too: ontology, catalogues, editions.
    expect(index.dumps.filter((d) => d.kind === 'graph').map((d) => d.name)).toEqual(['catalogues', 'editions', 'ontology']);
    for (const dump of index.dumps) {
      if (dump.kind !== 'graph') expect(dump.triples).toBe(await countInStore(dump.name === 'all' ? undefined : dump.name));
      expect(dump.downloads.map((d) => d.mediaType)).toEqual(ALL_FORMATS.map((f) => f.mediaType));
      expect(dump.downloads.map((d) => d.filename)).toEqual(ALL_FORMATS.map((f) => `ropa-${dump.name}.${f.extension}`));
      for (const download of dump.downloads) expect(download.url.startsWith(`${server.url}export/`)).toBe(true);
    }
  });

  it('is a page for browsers, with a download link per dump and format', async () => {
    const response = await get('export', { Accept: 'text/html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('href="/export/all.ttl"');
    for (const slug of registers) for (const f of ALL_FORMATS) expect(html).toContain(`href="/export/register/${slug}.${f.extension}"`);
    expect(html).toContain('href="/export/graph/ontology.trig"');
  });
});

describe('dumps that keep the named graphs', () => {
  it('gives the whole graph in N-Quads: 12 named graphs (9 registers, catalogues, editions, ontology), every quad of the store', async () => {
    const response = await get('export/all.nq');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/n-quads; charset=utf-8');
    const quads = new Parser({ format: 'N-Quads' }).parse(await response.text());
    const graphs = new Set(quads.map((q) => q.graph.value));
    expect(graphs.size).toBe(12);
    expect([...graphs].sort()).toEqual(server.deps.store.graphs().sort());
    expect(quads.every((q) => q.graph.termType === 'NamedNode')).toBe(true);
    expect(quads.length).toBe(server.deps.store.size());
  });

  it('answers a conditional request for an unchanged dump 304 (what a mirror refreshes with)', async () => {
    const first = await get('export/all.nq');
    const etag = first.headers.get('etag');
    const lastModified = first.headers.get('last-modified');
    expect(etag).toBeTruthy();
    expect(new Date(lastModified!).getTime()).toBeLessThanOrEqual(Date.now());
    // An explicit Cache-Control, or fetch() would add "no-cache", which makes any server answer in full.
    const headers = { 'cache-control': 'max-age=0' };
    expect((await fetch(`${server.url}export/all.nq`, { headers: { ...headers, 'if-none-match': etag! } })).status).toBe(304);
    expect((await fetch(`${server.url}export/all.nq`, { headers: { ...headers, 'if-modified-since': lastModified! } })).status).toBe(304);
    expect((await fetch(`${server.url}export/all.nq`, { headers: { ...headers, 'if-none-match': 'W/"other"' } })).status).toBe(200);
  });

  it('reads the same N-Quads in rdflib, graph by graph', async () => {
    const store = $rdf.graph();
    const text = await (await get('export/all.nq')).text();
    // rdflib reads N-Quads asynchronously: it calls back when the store holds them.
    await new Promise<void>((resolve, reject) => $rdf.parse(text, store, server.url, 'application/n-quads', (error) => (error ? reject(error) : resolve())));
    const graphs = new Set(store.statements.map((st) => st.graph.value));
    expect(graphs.size).toBe(12);
    expect(store.statements.length).toBe(server.deps.store.size());
  });

  it('gives the whole graph in TriG with the same quads', async () => {
    const response = await get('export/all.trig');
    expect(response.headers.get('content-type')).toBe('application/trig; charset=utf-8');
    const quads = new Parser({ format: 'TriG' }).parse(await response.text());
    expect(new Set(quads.map((q) => q.graph.value)).size).toBe(12);
    expect(quads.length).toBe(server.deps.store.size());
  });

  it.each(DATASET_FORMATS)('gives one register as .$extension, its triples in its own named graph', async ({ extension }) => {
    const slug = registers[1]!;
    const text = await (await get(`export/register/${slug}.${extension}`)).text();
    const quads = new Parser({ format: extension === 'nq' ? 'N-Quads' : 'TriG' }).parse(text);
    expect(quads.length).toBe(await countInStore(slug));
    expect(new Set(quads.map((q) => q.graph.value))).toEqual(new Set([`${server.url}register/${slug}`]));
  });

  it('gives each other named graph alone (ontology, catalogues, editions), negotiated or by extension', async () => {
    for (const name of ['ontology', 'catalogues', 'editions']) {
      const graph = `${server.url}graph/${name}`;
      const [row] = await server.deps.sparql.selectRows(COUNT_GRAPH, { bindings: { g: DataFactory.namedNode(graph) } });
      const turtle = await get(`export/graph/${name}`, { Accept: 'text/turtle' });
      expect(turtle.status, name).toBe(200);
      expect(new Parser({ format: 'Turtle' }).parse(await turtle.text()).length, name).toBe(Number(row!.n!.value));
      const nquads = new Parser({ format: 'N-Quads' }).parse(await (await get(`export/graph/${name}.nq`)).text());
      expect(new Set(nquads.map((q) => q.graph.value)), name).toEqual(new Set([graph]));
    }
    expect((await get('export/graph/nothing.ttl')).status).toBe(404);
  });
});

describe('dumps', () => {
  it.each(FORMATS)('gives the whole graph as .$extension, every triple of the store', async ({ extension, mediaType }) => {
    const response = await get(`export/all.${extension}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(`${mediaType}; charset=utf-8`);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="ropa-all.${extension}"`);
    const triples = await countTriples(await response.text(), mediaType);
    expect(triples).toBe(await countInStore());
    // Every quad of the store, unless a triple is stated in two graphs: the dump merges them.
    expect(triples).toBeLessThanOrEqual(server.deps.store.size());
  });

  it.each(FORMATS)('gives each register as .$extension, exactly the triples of its graph', async ({ extension, mediaType }) => {
    for (const slug of registers) {
      const response = await get(`export/register/${slug}.${extension}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(`${mediaType}; charset=utf-8`);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="ropa-${slug}.${extension}"`);
      expect(await countTriples(await response.text(), mediaType), slug).toBe(await countInStore(slug));
    }
  });

  it.each(FORMATS)('negotiates $mediaType on /export/all and /export/register/<slug>', async ({ extension, mediaType }) => {
    for (const path of ['export/all', `export/register/${registers[1]}`]) {
      const response = await get(path, { Accept: mediaType });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(`${mediaType}; charset=utf-8`);
      expect(response.headers.get('vary')).toMatch(/Accept/);
      expect(response.headers.get('content-disposition')).toMatch(new RegExp(`filename="ropa-[a-z0-9-]+\\.${extension}"$`));
      await response.arrayBuffer();
    }
  });

  it('answers 406 on a negotiated dump when no RDF format is acceptable', async () => {
    expect((await get('export/all', { Accept: 'image/png' })).status).toBe(406);
  });

  it('answers 404 for an unknown register, an unknown dump and an unknown extension', async () => {
    // A graph named under register/ that holds no register (such as the editions' links) is no register either.
    const prefix = `${server.url}register/`;
    const others = server.deps.store
      .graphs()
      .filter((g) => g.startsWith(prefix) && !registers.includes(g.slice(prefix.length)))
      .map((g) => `export/register/${g.slice(prefix.length)}.ttl`);
    for (const path of ['export/register/999-nothing.ttl', 'export/register/999-nothing', 'export/everything.ttl', 'export/all.xlsx', `export/register/${registers[0]}.pdf`, ...others]) {
      const response = await get(path, { Accept: 'text/plain' });
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    }
  });
});
