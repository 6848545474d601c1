// The query page in Debian's chromium against a real server: examples, typed queries, nothing fetched from elsewhere.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, useBrowserSession } from '../support/start-browser-session.ts';
import { openWatchedPage, type WatchedPage } from '../support/open-watched-page.ts';
import { isBlocking, runAxe } from '../support/run-axe.ts';

const ACTIVE = '.tabPanel.active';

const session = useBrowserSession();
let watched: WatchedPage;
let page: Page;


beforeEach(async () => {
  // A new context per test: empty localStorage, so YASGUI starts from its configuration, not from a previous test.
  watched = await openWatchedPage(session.browser, session.server.url, { width: 1400, height: 1000 });
  page = watched.page;
  await page.goto(`${session.server.url}query`);
  await page.waitForSelector('body[data-query-page="ready"]');
});

afterEach(async () => {
  await watched.close();
  expect(watched.outsideRequests()).toEqual([]);
  expect(watched.problems).toEqual([]);
});

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}

async function runActiveTab(): Promise<void> {
  const answered = page.waitForResponse((res) => res.url() === `${session.server.url}sparql` && res.request().method() === 'POST');
  await page.click(`${ACTIVE} .yasqe_queryButton`);
  expect((await answered).status()).toBe(200);
  await page.waitForSelector(`${ACTIVE} .yasr tbody tr`);
}

/** The result table of the active tab, as header → cell: an IRI's link target, or the text (the full text, even when YASR shows an ellipsis). */
async function readResultTable(): Promise<Record<string, string>[]> {
  const headers = await page.locator(`${ACTIVE} .yasr thead th`).allTextContents();
  const rows = await page.locator(`${ACTIVE} .yasr tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.querySelector('a.iri')?.getAttribute('href') ?? td.textContent?.trim() ?? '')));
  return rows.map((cells) => Object.fromEntries(headers.map((h, i) => [h.trim(), cells[i] ?? ''])));
}

describe('the query page in a browser', () => {
  it('starts YASGUI on this server\'s endpoint, in French, with the examples listed', async () => {
    expect(await page.title()).toMatch(/Requêtes SPARQL/);
    expect(await page.locator('h1').textContent()).toMatch(/Interroger le graphe en SPARQL/);
    // The editor waits for the user: nothing has the focus on load.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await page.locator('button.example').count()).toBe(session.server.deps.queries.length);
    expect(await page.locator(`${ACTIVE} .controlbar .autocompleteWrapper input`).inputValue()).toBe(`${session.server.url}sparql`);
    await screenshot('query-page-start');
  });

  it('opens the "treatments per register" example in a tab and shows 9, 22, 18, 11 and 36 treatments', async () => {
    await page.click('button.example[data-query-name="treatments-per-register"]');
    expect(await page.locator('.yasgui .tabsList .tab.active a > span').textContent()).toBe('Traitements par registre');
    await runActiveTab();
    // Registers 000–004 (the graph may hold more).
    const rows = (await readResultTable()).filter((r) => /\/register\/00[0-4]-/.test(r.register ?? ''));
    expect(rows.map((r) => [r.registerTitle, Number(r.treatments)])).toEqual([
      ['Registre de la Division Des Cabinets (DDC)', 9],
      ['Registre de la Direction du Numérique (DNUM) en tant que responsable de traitement', 22],
      ['Registre de la Direction du Numérique (DNUM)', 18],
      ['Registre de la Fabrique de la Direction du numérique', 11],
      ['REGISTRE DES ACTIVITES DE TRAITEMENTS DE DONNEES PERSONNELLES DE LA DIRECTION DE LA TRANSFORMATION NUMERIQUE', 36],
    ]);
    expect(rows.every((r) => r.register?.startsWith(`${session.server.url}register/`))).toBe(true);
    await screenshot('query-page-treatments-per-register');
    // The same example again selects its tab rather than opening a second one.
    await page.click('button.example[data-query-name="treatments-per-controller"]');
    await page.click('button.example[data-query-name="treatments-per-register"]');
    expect(await page.locator('.yasgui .tabsList .tab', { hasText: 'Traitements par registre' }).count()).toBe(1);
  });

  it('runs the parameterised example with its default, Office365', async () => {
    await page.click('button.example[data-query-name="treatments-using-system"]');
    await runActiveTab();
    const rows = (await readResultTable()).filter((r) => /\/register\/00[12]-/.test(r.treatment ?? ''));
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.via?.includes('Microsoft 365') && r.treatment?.startsWith(session.server.url))).toBe(true);
    await screenshot('query-page-treatments-using-system');
  });

  it('runs a query typed in the editor (Ctrl+Entrée)', async () => {
    await page.click(`${ACTIVE} .CodeMirror`);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    const query = 'SELECT (COUNT(DISTINCT ?traitement) AS ?total) WHERE { ?traitement a <https://w3id.org/dpv#PersonalDataProcess> }';
    const [expected] = await session.server.deps.sparql.selectRows(query);
    expect(Number(expected?.total?.value)).toBeGreaterThanOrEqual(96);
    await page.keyboard.type(query);
    await page.keyboard.press('Escape');
    await page.click(`${ACTIVE} .CodeMirror`);
    const answered = page.waitForResponse((res) => res.url() === `${session.server.url}sparql` && res.request().method() === 'POST');
    await page.keyboard.press('Control+Enter');
    expect((await answered).status()).toBe(200);
    await page.waitForSelector(`${ACTIVE} .yasr tbody tr`);
    expect(await readResultTable()).toEqual([{ total: expected?.total?.value }]);
    await screenshot('query-page-typed-query');
  });

  it('takes the query of a shared link but never its endpoint', async () => {
    const query = 'SELECT ?registre WHERE { ?registre a <https://w3id.org/dpv#ROPA> }';
    const answered = page.waitForResponse((res) => res.url() === `${session.server.url}sparql` && res.request().method() === 'POST');
    await page.goto(`${session.server.url}?${new URLSearchParams({ query, endpoint: 'https://dbpedia.org/sparql', tabTitle: 'Lien partagé' })}`);
    await page.waitForSelector('body[data-query-page="ready"]');
    expect((await answered).status()).toBe(200);
    expect(await page.locator(`${ACTIVE} .controlbar .autocompleteWrapper input`).inputValue()).toBe(`${session.server.url}sparql`);
    await page.waitForSelector(`${ACTIVE} .yasr tbody tr`);
    expect((await readResultTable()).length).toBeGreaterThanOrEqual(5);
  });

  it('shows results in French, each IRI with its label (English ones marked lang="en") and durations readable', async () => {
    // axe-core is injected into the page: this test's browser context lets it past the CSP.
    await watched.close();
    watched = await openWatchedPage(session.browser, session.server.url, { width: 1280, height: 1000 }, { bypassCSP: true });
    page = watched.page;
    await page.goto(`${session.server.url}query`);
    await page.waitForSelector('body[data-query-page="ready"]');
    await page.click(`${ACTIVE} .CodeMirror`);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(
      'PREFIX dpv: <https://w3id.org/dpv#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> SELECT ?traitement ?duree WHERE { ?traitement a dpv:PersonalDataProcess ; ?p ?r . ?r dpv:hasDuration/rdf:value ?duree FILTER(STR(?duree) = "P10Y") } ORDER BY ?traitement',
    );
    await page.keyboard.press('Escape');
    await runActiveTab();
    const cells = await page.locator(`${ACTIVE} .yasr tbody tr`).evaluateAll((trs) =>
      trs.map((tr) => {
        const [treatment, duration] = [...tr.querySelectorAll('td')];
        const label = treatment?.querySelector('.iri-label');
        return { label: label?.textContent, lang: label?.getAttribute('lang'), href: treatment?.querySelector('a.iri')?.getAttribute('href'), duration: duration?.textContent?.trim() };
      }),
    );
    expect(cells).toContainEqual({ label: 'Pegase Gestion dématérialisée de courrier', lang: null, href: expect.stringContaining('/register/001-16106fe6b7c9f12d/treatment/16-pegase'), duration: '10 ans (P10Y)' });
    expect(cells.filter((c) => c.href?.includes('/register/eu-edps-')).every((c) => c.lang === 'en')).toBe(true);
    expect(await page.locator(`${ACTIVE} .yasr .dataTables_info, ${ACTIVE} .yasr .dt-info`).first().textContent()).toMatch(/^Lignes 1 à \d+ sur \d+$/);
    expect(await page.locator(`${ACTIVE} .yasr .tableControls`).textContent()).toMatch(/Vue simple.*Lignes par page/);
    expect(await page.locator('#result-status').textContent()).toBe(`${cells.length} résultats`);
    expect(await page.locator(`${ACTIVE} .yasr_response_chip`).textContent()).toMatch(new RegExp(`^${cells.length} résultats en [\\d,]+ s$`));
    const violations = await runAxe(page);
    expect(violations.filter(isBlocking), JSON.stringify(violations, null, 1)).toEqual([]);
    await screenshot('query-page-labels-and-durations');
  });

  it('opens the example a link names (/query?example=…) in its own tab', async () => {
    await page.goto(`${session.server.url}query?example=treatments-processing-nir`);
    await page.waitForSelector('body[data-query-page="ready"]');
    const title = session.server.deps.queries.find((q) => q.name === 'treatments-processing-nir')!.title;
    expect(await page.locator('.yasgui .tabsList .tab.active a > span').textContent()).toBe(title);
  });
});
