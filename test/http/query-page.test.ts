// The home page at / and the query page at /query on a real server: French HTML, YASGUI served locally, the JSON configuration.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';
import { locateYasguiBuild } from '../../src/http/query-page/locate-yasgui-build.ts';
import type { QueryPageConfig } from '../../src/http/query-page/build-query-page-config.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const get = (path: string, accept = '*/*') => fetch(new URL(path, server.url), { headers: { accept } });

describe('GET /', () => {
  it('is a home page that starts from a DPO\'s questions, each linked to the page that answers it, SPARQL one click away', async () => {
    const res = await get('/', 'text/html');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<html lang="fr">/);
    expect(html).toMatch(/<h1>[^<]*registres RGPD/);
    for (const href of ['/query', '/explore', '/checks', '/reports', '/diff', '/export', '/catalog', '/query?example=treatments-processing-nir']) expect(html).toContain(`href="${href}"`);
    // Every register, with its fiches and its checks; the English records are marked as English.
    expect(html).toContain('href="/register/001-16106fe6b7c9f12d"');
    expect(html).toContain('href="/checks#registre-001-16106fe6b7c9f12d"');
    expect(html).toMatch(/<a href="\/register\/eu-edps-record-57[^"]*" lang="en">EDPS record/);
  });

  it('sends a shared link of the former query page (/?query=…) on to /query with its parameters', async () => {
    const res = await fetch(new URL('/?query=ASK%7B%7D&tabTitle=x', server.url), { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/query?query=ASK%7B%7D&tabTitle=x');
  });
});

describe('GET /query', () => {
  it('answers a French HTML page with the site\'s navigation and links to the export, the VoID description and the service description', async () => {
    const res = await get('/query', 'text/html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    const html = await res.text();
    expect(html).toMatch(/<html lang="fr">/);
    expect(html).toMatch(/<title>Requêtes SPARQL — ropa-graph<\/title>/);
    expect(html).toMatch(/<a href="\/query" aria-current="page">/);
    for (const href of ['/export', '/.well-known/void', '/sparql', '/explore', '/checks', '/reports']) expect(html).toContain(`href="${href}"`);
  });

  it('offers every canned query as an example, by name, title and French question', async () => {
    const html = await (await get('/query')).text();
    expect(server.deps.queries.length).toBeGreaterThanOrEqual(5);
    for (const query of server.deps.queries) {
      expect(html).toContain(`data-query-name="${query.name}"`);
      expect(html).toContain(escapeText(query.title));
      expect(html).toContain(escapeText(query.questionFr));
    }
    expect(html).toContain('par défaut <code>Office365</code>');
  });

  it('loads only scripts and styles of its own, with no inline script, under a CSP that allows no eval', async () => {
    const res = await get('/query');
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1])).toEqual(['/query-assets/yasgui/yasgui.min.js', '/query-assets/query-page.js']);
    expect(scripts.every((m) => m[2]!.trim() === '')).toBe(true);
    expect([...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]!).filter((u) => !u.startsWith('/') && !u.startsWith('#'))).toEqual([]);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
    expect(csp).toMatch(/connect-src 'self'/);
  });
});

describe('the static files of the page', () => {
  it('serves the YASGUI build of node_modules with the right media types', async () => {
    const dir = locateYasguiBuild();
    for (const [file, type] of [
      ['yasgui.min.js', /^text\/javascript; charset=utf-8/],
      ['yasgui.min.css', /^text\/css; charset=utf-8/],
      ['yasgui.min.js.map', /^application\/json/],
    ] as const) {
      const res = await get(`/query-assets/yasgui/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type'), file).toMatch(type);
      expect(Buffer.from(await res.arrayBuffer()).equals(await readFile(join(dir, file))), file).toBe(true);
    }
  });

  it('serves the page script, stylesheet and icon of public/query/', async () => {
    for (const [file, type] of [
      ['query-page.js', /^text\/javascript/],
      ['query-page.css', /^text\/css/],
      ['favicon.svg', /^image\/svg\+xml/],
    ] as const) {
      const res = await get(`/query-assets/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type'), file).toMatch(type);
    }
  });

  it('serves no other file of the YASGUI package, and nothing outside public/query/', async () => {
    for (const path of ['/query-assets/yasgui/package.json', '/query-assets/yasgui/ts', '/query-assets/yasgui/..%2fpackage.json', '/query-assets/../package.json', '/query-assets/%2e%2e/package.json']) {
      expect((await get(path)).status, path).toBe(404);
    }
  });
});

describe('GET /query-page/config.json', () => {
  it('lists every canned query with its title, question and text, and points at this server\'s /sparql', async () => {
    const res = await get('/query-page/config.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const config = (await res.json()) as QueryPageConfig;
    expect(config.endpoint).toBe('/sparql');
    expect(config.queries.map((q) => q.name)).toEqual(server.deps.queries.map((q) => q.name));
    for (const [i, query] of server.deps.queries.entries()) {
      expect(config.queries[i]).toEqual({ name: query.name, title: query.title, questionFr: query.questionFr, questionEn: query.questionEn, params: query.params, text: query.text });
    }
    expect(config.prefixes.dpv).toBe('https://w3id.org/dpv#');
  });

  it('gives a starting query that runs on the graph', async () => {
    const config = (await (await get('/query-page/config.json')).json()) as QueryPageConfig;
    const rows = await server.deps.sparql.selectRows(config.defaultQuery);
    expect(rows.length).toBeGreaterThanOrEqual(96);
    expect(rows.every((r) => r.titre?.termType === 'Literal' && r.registre?.termType === 'Literal')).toBe(true);
  });
});

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

describe('POST /query-page/labels', () => {
  it('gives the label of each IRI it knows, with its language, for the result table', async () => {
    const treatment = `${server.url}register/eu-edps-record-57-corporate-credit-card-pdftotext-layout-en/treatment/57-use-of-corporate-credit-card-by-staff`;
    const res = await fetch(new URL('/query-page/labels', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ iris: [`${server.url}system/office365`, treatment, 'https://w3id.org/dpv#PersonalDataProcess', 'urn:nothing'] }),
    });
    expect(res.status).toBe(200);
    const { labels } = (await res.json()) as { labels: Record<string, { label: string; language?: string }> };
    expect(labels[`${server.url}system/office365`]).toEqual({ label: expect.stringMatching(/Microsoft 365/), language: 'fr' });
    expect(labels[treatment]).toEqual({ label: 'Use of Corporate Credit Card by Staff', language: 'en' });
    expect(labels['https://w3id.org/dpv#PersonalDataProcess']?.label).toBeTruthy();
    expect(labels['urn:nothing']).toBeUndefined();
  });

  it('refuses a body that is not a list of IRIs, with 400', async () => {
    const res = await fetch(new URL('/query-page/labels', server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"iri": 1}' });
    expect(res.status).toBe(400);
  });
});

