// GET /diff on a real server: the list of editions, a diff as JSON or French HTML, and clear 400/404 refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterDiff } from '../../src/editions/diff-registers.ts';
import type { EditionSummary } from '../../src/editions/summarise-editions.ts';
import { startTestServer, type TestServer } from '../support/start-test-server.ts';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const NEW = '001-16106fe6b7c9f12d';
const OLD = '002-f61adf4d39622cae';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const get = (path: string, accept = 'application/json') => fetch(`${server.url}${path}`, { headers: { Accept: accept } });

describe('GET /diff without parameters', () => {
  it('lists the pairs of editions found, as JSON, each with the link to its diff', async () => {
    const response = await get('diff');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('vary')).toMatch(/Accept/);
    const body = (await response.json()) as { editions: (EditionSummary & { diff: string })[]; registers: string[] };
    expect(body.editions).toHaveLength(1);
    const [edition] = body.editions;
    expect([edition!.newer.slug, edition!.older.slug, edition!.ordered, edition!.aligned]).toEqual([NEW, OLD, true, 16]);
    expect(edition!.reason).toContain('respectaient');
    expect(edition!.diff).toBe(`${server.url}diff?from=${OLD}&to=${NEW}`);
    expect(body.registers).toContain(`${NEW} (001_16106fe6b7c9f12d.txt)`);
  });

  it('answers a browser with a French page', async () => {
    const response = await get('diff', BROWSER_ACCEPT);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Éditions des registres');
    expect(html).toContain(`href="${server.url}diff?from=${OLD}&amp;to=${NEW}"`);
  });
});

describe('GET /diff?from=…&to=…', () => {
  it('compares two registers named by prefix, as JSON by default', async () => {
    const response = await get('diff?from=002&to=001', '*/*');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const diff = (await response.json()) as RegisterDiff;
    expect([diff.from.slug, diff.to.slug, diff.order?.newer]).toEqual([OLD, NEW, NEW]);
    expect(diff.added).toHaveLength(6);
    expect(diff.removed.map((t) => t.title)).toContain('Base séquestre données de vaccination covid-19');
    const honorabilite = diff.changed.find((t) => t.to.slug === '17-si-honorabilite')!;
    const controllers = honorabilite.changes.find((c) => c.kind === 'set' && c.field === 'controllers');
    expect(controllers).toMatchObject({ added: [{ id: 'dgcs' }], removed: [] });
  });

  it('answers a browser with a French page showing the changes word by word', async () => {
    const response = await get(`diff?from=${OLD}&to=${NEW}`, BROWSER_ACCEPT);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain(`Différences entre ${OLD} et ${NEW}`);
    expect(html).toContain('<del>respectaient</del> <ins>respectent</ins>');
    expect(html).toContain('<ins>+ Direction générale de la cohésion sociale</ins>');
    expect(html).toContain('Traitements ajoutés');
    expect(html).toContain(`<strong>${NEW}</strong> est l’édition la plus récente`);
  });

  it('lets ?format= choose over the Accept header', async () => {
    const json = await get('diff?from=001&to=002&format=json', BROWSER_ACCEPT);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    const html = await get('diff?from=001&to=002&format=html');
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('refuses bad parameters with 400 and a message', async () => {
    for (const [path, message] of [
      ['diff?from=001', 'give both "from" and "to"'],
      ['diff?to=001', 'give both "from" and "to"'],
      ['diff?from=../etc/passwd&to=001', 'from names a register by its slug'],
      ['diff?from=001&to=', 'to must not be empty'],
      ['diff?from=001&to=002&format=xml', 'format'],
      ['diff?from=001&from=002&to=001', 'from'],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      // A client asking for JSON gets its error in JSON too.
      expect(((await response.json()) as { error: { message: string } }).error.message, path).toContain(message);
    }
  });

  it('answers 404 for an unknown register, listing the known ones', async () => {
    const response = await get('diff?from=001&to=999');
    expect(response.status).toBe(404);
    const text = ((await response.json()) as { error: { message: string } }).error.message;
    expect(text).toContain('unknown register "999"');
    expect(text).toContain(`${OLD} (002_f61adf4d39622cae.txt)`);
    const html = await get('diff?from=999&to=001', BROWSER_ACCEPT);
    expect(html.status).toBe(404);
    expect(await html.text()).toContain('Page introuvable (erreur 404)');
  });
});
