// The one error middleware on a real server: a French page with the site's header for browsers, JSON for JSON clients, text otherwise.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const get = (path: string, accept?: string) => fetch(new URL(path, server.url), { headers: accept === undefined ? {} : { accept } });
/** What Chromium sends when a person follows a link. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

describe('errors', () => {
  it('shows a browser a French 404 page, titled, with the site\'s navigation and the technical message marked as English', async () => {
    const res = await get('no/such/page', BROWSER_ACCEPT);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toMatch(/<html lang="fr">/);
    expect(html).toContain('<title>Page introuvable — ropa-graph</title>');
    expect(html).toMatch(/<a class="skip-link" href="#contenu">/);
    for (const href of ['/', '/query', '/explore', '/checks', '/reports']) expect(html).toContain(`href="${href}"`);
    expect(html).toMatch(/<pre lang="en">no resource/);
  });

  it.each([
    ['a SPARQL client or a script (no Accept, */*)', undefined, /^text\/plain/],
    ['a client that asks for JSON', 'application/json', /^application\/json/],
  ])('answers %s in its own format', async (_who, accept, type) => {
    const res = await get('no/such/page', accept);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(type);
    const text = await res.text();
    if (accept === 'application/json') expect(JSON.parse(text)).toEqual({ error: { status: 404, message: expect.stringContaining('no resource') } });
    else expect(text).toMatch(/^no resource.*\n$/);
  });

  it('answers the explorer API in JSON whatever the client accepts, as its OpenAPI description says', async () => {
    const res = await get('explore/node?iri=nope', BROWSER_ACCEPT);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await res.json()) as { error: { status: number } }).error.status).toBe(400);
  });

  it('answers a SPARQL syntax error in text, the status carried by the typed error', async () => {
    const res = await get(`sparql?${new URLSearchParams({ query: 'SELEC nothing' })}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  });
});
