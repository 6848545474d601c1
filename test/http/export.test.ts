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
    const index = (await response.json()) as { dumps: { name: string; triples: number; url: string; downloads: { url: string; filename: string; mediaType: string }[] }[] };
    expect(index.dumps.map((d) => d.name)).toEqual(['all', ...registers]);
    for (const dump of index.dumps) {
      expect(dump.triples).toBe(await countInStore(dump.name === 'all' ? undefined : dump.name));
      expect(dump.downloads.map((d) => d.mediaType)).toEqual(FORMATS.map((f) => f.mediaType));
      expect(dump.downloads.map((d) => d.filename)).toEqual(FORMATS.map((f) => `ropa-${dump.name}.${f.extension}`));
      for (const download of dump.downloads) expect(download.url.startsWith(`${server.url}export/`)).toBe(true);
    }
  });

  it('is a page for browsers, with a download link per dump and format', async () => {
    const response = await get('export', { Accept: 'text/html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('href="/export/all.ttl"');
    for (const slug of registers) for (const f of FORMATS) expect(html).toContain(`href="/export/register/${slug}.${f.extension}"`);
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
