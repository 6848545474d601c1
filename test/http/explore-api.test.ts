// The explorer API on a real server over the real registers: search, neighbourhoods, paths, counts, bad parameters.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';
import type { NodeJson, EdgeJson } from '../../src/explorer/explorer-json.ts';
import type { ExplorerStats } from '../../src/explorer/compute-stats.ts';
import type { PathsResult } from '../../src/explorer/find-shortest-paths.ts';
import type { PropertyJson } from '../../src/explorer/read-node-properties.ts';
import { NODE_TYPES } from '../../src/explorer/node-types.ts';
import { dpv } from '../../src/vocab/namespaces.ts';

interface Neighbourhood {
  focus: string;
  depth: number;
  nodes: NodeJson[];
  edges: EdgeJson[];
  truncated: boolean;
  reachable: number;
  properties: PropertyJson[];
}
interface SearchResult {
  query: string;
  total: number;
  results: (NodeJson & { match: string; matched: string })[];
}

let server: TestServer;
let rio: string;

beforeAll(async () => {
  server = await startTestServer();
  rio = `${server.url}system/rio`;
});
afterAll(() => server.close());

async function api<T>(path: string, params: Record<string, string | string[]> = {}): Promise<{ status: number; body: T; res: Response }> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const value of [v].flat()) query.append(k, value);
  const res = await fetch(new URL(`/explore/${path}?${query}`, server.url), { headers: { accept: 'application/json' } });
  return { status: res.status, body: (await res.json()) as T, res };
}

async function expectBadRequest(path: string, params: Record<string, string | string[]>, parameter: string, status = 400): Promise<string> {
  const { status: got, body, res } = await api<{ error: { status: number; message: string } }>(path, params);
  expect(got, JSON.stringify(body)).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(body.error.status).toBe(status);
  expect(body.error.message).toContain(`"${parameter}"`);
  return body.error.message;
}

describe('GET /explore/search', () => {
  it('finds the Hydre directory as "hyde" (its misspelling in register 001), case and accents aside', async () => {
    for (const q of ['hyde', 'HYDE', 'Hydré']) {
      const { status, body } = await api<SearchResult>('search', { q });
      expect(status).toBe(200);
      expect(body.results[0], q).toMatchObject({ iri: `${server.url}system/hydre`, label: 'Annuaire Hydre', type: 'system', typeLabel: 'Système d’information' });
    }
  });

  it('finds Office365 as "microsoft 365", exactly, before the Microsoft 365 applications', async () => {
    const { body, res } = await api<SearchResult>('search', { q: 'microsoft 365' });
    expect(body.results[0]).toMatchObject({ iri: `${server.url}system/office365`, match: 'exact', page: '/system/office365' });
    expect(body.results.slice(1, 4).every((r) => r.label.includes('Microsoft 365'))).toBe(true);
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
  });

  it('ranks exact names first and gives a treatment its register', async () => {
    const { body } = await api<SearchResult>('search', { q: 'RIO', limit: '50' });
    const order = ['exact', 'prefix', 'word', 'substring'];
    const ranks = body.results.map((r) => order.indexOf(r.match));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const treatment = body.results.find((r) => r.type === 'treatment' && r.label === 'RIO');
    expect(treatment).toMatchObject({ match: 'exact', register: { shortLabel: 'Registre 004 · DTNUM' } });
    // The system's name is "RIO" (skos:prefLabel), its description apart (skos:definition).
    expect(body.results.find((r) => r.iri === rio)?.match).toBe('exact');
  });

  it('filters by type and keeps the limit', async () => {
    const { body } = await api<SearchResult>('search', { q: 'annuaire', types: 'system', limit: '3' });
    expect(body.results).toHaveLength(3);
    expect(body.results.every((r) => r.type === 'system')).toBe(true);
    expect(body.total).toBeGreaterThan(3);
  });

  it('flags sensitive data categories', async () => {
    const { body } = await api<SearchResult>('search', { q: 'NIR', types: 'data-category' });
    expect(body.results[0]).toMatchObject({ iri: `${server.url}data-category/nir`, sensitive: ['nir'] });
  });

  it('refuses a missing, empty or too long text, an unknown type, a limit out of range and an unknown parameter', async () => {
    await expectBadRequest('search', {}, 'q');
    await expectBadRequest('search', { q: '  ' }, 'q');
    await expectBadRequest('search', { q: 'x'.repeat(201) }, 'q');
    expect(await expectBadRequest('search', { q: 'rio', types: 'systems' }, 'types')).toContain('unknown type "systems"');
    await expectBadRequest('search', { q: 'rio', limit: '0' }, 'limit');
    await expectBadRequest('search', { q: 'rio', limit: '1000' }, 'limit');
    await expectBadRequest('search', { q: 'rio', type: 'system' }, 'type');
  });
});

describe('GET /explore/node', () => {
  it('gives the 13 treatments of the DTNUM register that use RIO, with French edge labels and the node\'s properties', async () => {
    const { status, body } = await api<Neighbourhood>('node', { iri: rio });
    expect(status).toBe(200);
    expect(body).toMatchObject({ focus: rio, depth: 1, truncated: false });
    const treatments = body.nodes.filter((n) => n.type === 'treatment');
    expect(treatments).toHaveLength(13);
    expect(treatments.every((t) => t.register?.shortLabel === 'Registre 004 · DTNUM' && t.distance === 1)).toBe(true);
    const uses = body.edges.filter((e) => e.target === rio && e.property === dpv.isImplementedUsingTechnology.value);
    expect(uses).toHaveLength(13);
    expect(uses.every((e) => e.label === 'est mis en œuvre avec la technologie')).toBe(true);
    expect(body.nodes.find((n) => n.iri === rio)).toMatchObject({ distance: 0, hidden: 0, page: '/system/rio' });
    expect(body.properties.find((p) => p.label === 'libellé' && p.language === 'fr')?.value).toMatch(/^RIO, référentiel des identités/);
    expect(body.properties.some((p) => p.valueLabel === 'Système d\'information')).toBe(true);
  });

  it('walks two steps only through the types asked for, cuts at the limit and counts the hidden neighbours', async () => {
    const { body } = await api<Neighbourhood>('node', { iri: rio, depth: '2', types: 'treatment,system', limit: '20' });
    expect(body.nodes).toHaveLength(20);
    expect(body.truncated).toBe(true);
    expect(body.reachable).toBeGreaterThan(20);
    expect(body.nodes.every((n) => n.type === 'treatment' || n.type === 'system')).toBe(true);
    expect(body.nodes.some((n) => n.distance === 2)).toBe(true);
    expect(body.nodes.some((n) => (n.hidden ?? 0) > 0)).toBe(true);
    const ids = new Set(body.nodes.map((n) => n.iri));
    expect(body.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('flags the sensitive data of a treatment that processes the NIR', async () => {
    const nir = `${server.url}data-category/nir`;
    const { body } = await api<Neighbourhood>('node', { iri: nir, types: 'treatment' });
    expect(body.nodes[0]?.sensitive).toEqual(['nir']);
    expect(body.nodes.filter((n) => n.type === 'treatment').length).toBeGreaterThanOrEqual(5);
    expect(body.nodes.filter((n) => n.type === 'treatment').every((n) => n.sensitive.includes('nir'))).toBe(true);
  });

  it('answers 404 for an IRI the explorer does not know, and 400 for bad parameters', async () => {
    const missing = await api<{ error: { message: string } }>('node', { iri: `${server.url}system/no-such-system` });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('no-such-system');
    await expectBadRequest('node', {}, 'iri');
    await expectBadRequest('node', { iri: 'rio' }, 'iri');
    await expectBadRequest('node', { iri: 'http://example.org/a b' }, 'iri');
    await expectBadRequest('node', { iri: rio, depth: '3' }, 'depth');
    await expectBadRequest('node', { iri: rio, depth: '0' }, 'depth');
    await expectBadRequest('node', { iri: rio, types: 'treatment,nothing' }, 'types');
    await expectBadRequest('node', { iri: rio, limit: '501' }, 'limit');
    await expectBadRequest('node', { iri: rio, limit: 'many' }, 'limit');
    await expectBadRequest('node', { iri: [rio, rio] }, 'iri');
  });
});

describe('GET /explore/path', () => {
  it('links a DDC treatment to a DTNUM one by their shortest connections, through a shared category when asked', async () => {
    const stats = (await api<ExplorerStats>('stats')).body;
    const ddc = stats.registers.find((r) => r.shortLabel === 'Registre 000 · DDC')!;
    const ddcTreatment = (await api<Neighbourhood>('node', { iri: ddc.iri, types: 'treatment' })).body.nodes.find((n) => n.type === 'treatment')!;
    const rioTreatment = (await api<SearchResult>('search', { q: 'RIO', types: 'treatment' })).body.results[0]!;
    expect(rioTreatment.register?.shortLabel).toBe('Registre 004 · DTNUM');

    const { status, body } = await api<PathsResult>('path', { from: ddcTreatment.iri, to: rioTreatment.iri, limit: '4' });
    expect(status).toBe(200);
    expect(body.length).toBe(2);
    expect(body.found).toBeGreaterThanOrEqual(body.paths.length);
    expect(body.paths.length).toBeGreaterThanOrEqual(2);
    expect(body.paths.length).toBeLessThanOrEqual(4);
    for (const path of body.paths) {
      expect(path.nodes).toHaveLength(3);
      expect(path.nodes[0]).toBe(ddcTreatment.iri);
      expect(path.nodes[2]).toBe(rioTreatment.iri);
      expect(path.edges.length).toBeGreaterThanOrEqual(2);
    }
    const through = (await api<PathsResult>('path', { from: ddcTreatment.iri, to: rioTreatment.iri, types: 'data-category' })).body;
    const typeOf = new Map(through.nodes.map((n) => [n.iri, n.type]));
    expect(through.paths.length).toBeGreaterThan(0);
    expect(through.paths.every((p) => typeOf.get(p.nodes[1]!) === 'data-category')).toBe(true);
  });

  it('answers length null when nothing is short enough, 404 for an unknown end and 400 for bad parameters', async () => {
    const far = await api<PathsResult>('path', { from: rio, to: `${server.url}system/office365`, maxLength: '1' });
    expect(far.status).toBe(200);
    expect(far.body).toMatchObject({ length: null, paths: [] });
    expect((await api('path', { from: rio, to: `${server.url}system/nothing` })).status).toBe(404);
    await expectBadRequest('path', { from: rio }, 'to');
    await expectBadRequest('path', { from: 'x', to: rio }, 'from');
    await expectBadRequest('path', { from: rio, to: rio, maxLength: '7' }, 'maxLength');
    await expectBadRequest('path', { from: rio, to: rio, types: 'sytem' }, 'types');
  });
});

describe('GET /explore/stats and /explore/graph', () => {
  it('counts nodes by type, sensitive data, and ranks RIO and Office365 as the most shared systems', async () => {
    const { status, body } = await api<ExplorerStats>('stats', { limit: '5' });
    expect(status).toBe(200);
    expect(body.byType.map((t) => t.type)).toEqual([...NODE_TYPES]);
    expect(body.byType.find((t) => t.type === 'treatment')?.count).toBeGreaterThanOrEqual(96);
    expect(body.topSystems.slice(0, 2).map((s) => [s.iri, s.treatments])).toEqual([
      [rio, 13],
      [`${server.url}system/office365`, 10],
    ]);
    expect(body.topDataCategories).toHaveLength(5);
    expect(body.sensitive.find((s) => s.kind === 'nir')).toMatchObject({ dataCategories: 1, treatments: 5 });
    expect(body.registers.map((r) => [r.shortLabel, r.treatments]).slice(0, 5)).toEqual([
      ['Registre 000 · DDC', 9],
      ['Registre 001 · DNUM', 22],
      ['Registre 002 · DNUM', 18],
      ['Registre 003 · DNUM', 11],
      ['Registre 004 · DTNUM', 36],
    ]);
    expect(body.relations.find((r) => r.property === dpv.hasPersonalData.value)?.label).toBe('porte sur les données personnelles');
    await expectBadRequest('stats', { limit: '101' }, 'limit');
  });

  it('draws the whole graph of the types asked for', async () => {
    const { body } = await api<{ nodes: NodeJson[]; edges: EdgeJson[]; truncated: boolean; available: number }>('graph', { types: 'treatment,system' });
    expect(body.nodes.every((n) => n.type === 'treatment' || n.type === 'system')).toBe(true);
    expect(body.nodes.length).toBe(body.available);
    const cut = await api<{ nodes: NodeJson[]; truncated: boolean }>('graph', { limit: '10' });
    expect(cut.body.nodes).toHaveLength(10);
    expect(cut.body.truncated).toBe(true);
    await expectBadRequest('graph', { limit: '0' }, 'limit');
  });
});

describe('the OpenAPI description and the page', () => {
  it('serves the OpenAPI 3.1 description at /explore/openapi.json', async () => {
    const res = await fetch(new URL('/explore/openapi.json', server.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/explore/search', '/explore/node', '/explore/path', '/explore/stats']));
  });

  it('serves a French page whose scripts are all files of this server, the graph library included', async () => {
    const res = await fetch(new URL('/explore', server.url), { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const html = await res.text();
    expect(html).toMatch(/<html lang="fr">/);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThanOrEqual(5);
    for (const [, attributes, body] of scripts) {
      expect(body).toBe('');
      const src = /src="([^"]+)"/.exec(attributes ?? '')?.[1];
      expect(src).toMatch(/^\/explore-assets\//);
      const asset = await fetch(new URL(src!, server.url));
      expect(asset.status, src).toBe(200);
      expect(asset.headers.get('content-type'), src).toMatch(/javascript/);
    }
    expect(html).toContain('/explore-assets/lib/cytoscape.min.js');
    expect((await fetch(new URL('/explore-assets/lib/other.js', server.url))).status).toBe(404);
    expect((await fetch(new URL('/explore-assets/explore-page.css', server.url))).headers.get('content-type')).toMatch(/text\/css/);
  });
});
