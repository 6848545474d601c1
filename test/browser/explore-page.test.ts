// The explorer page in Debian's chromium against a real server: search, expand, filter, side panel, shared views, phone.
import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS_DIR, startBrowserSession, type BrowserSession } from '../support/start-browser-session.ts';
import { openWatchedPage, type WatchedPage } from '../support/open-watched-page.ts';
import type { TestServer } from '../support/start-test-server.ts';


let session: BrowserSession;
let server: TestServer;
let browser: Browser;
let watched: WatchedPage;
let page: Page;
let rio: string;

beforeAll(async () => {
  session = await startBrowserSession();
  ({ browser, server } = session);
  rio = `${server.url}system/rio`;
});

afterAll(async () => {
  await session?.close();
});

async function openContext(viewport: { width: number; height: number }): Promise<void> {
  watched = await openWatchedPage(browser, server.url, viewport);
  page = watched.page;
}

beforeEach(async () => {
  await openContext({ width: 1400, height: 1000 });
});

afterEach(async () => {
  await watched.close();
  expect(watched.outsideRequests()).toEqual([]);
  expect(watched.problems).toEqual([]);
});

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}

async function openExplorer(hash = ''): Promise<void> {
  await page.goto(`${server.url}explore${hash}`);
  await waitReady();
}

interface ViewCheck {
  minNodes?: number;
  maxNodes?: number;
  nodes?: number;
  /** Texts the URL's hash must contain. */
  hash?: string[];
  /** Focus nodes in the URL. */
  focusCount?: number;
}

/** Ready (no request or layout under way), and the drawing and the URL are as expected. */
async function waitReady(check: ViewCheck = {}): Promise<void> {
  // A function, not a string: the page's CSP forbids evaluating strings.
  await page.waitForFunction(
    (c: ViewCheck) => {
      if (document.body.dataset.exploreState !== 'ready') return false;
      const nodes = Number(document.getElementById('explorer')?.dataset.nodes ?? 0);
      const hash = decodeURIComponent(location.hash);
      return (
        (c.minNodes === undefined || nodes >= c.minNodes) &&
        (c.maxNodes === undefined || nodes <= c.maxNodes) &&
        (c.nodes === undefined || nodes === c.nodes) &&
        (c.hash ?? []).every((h) => hash.includes(h)) &&
        (c.focusCount === undefined || new URLSearchParams(location.hash.slice(1)).getAll('focus').length === c.focusCount)
      );
    },
    check,
    { timeout: 30_000 },
  );
}

/** What is drawn: nodes (id, type) and edges (source, target), from cytoscape itself. */
function drawing(): Promise<{ nodes: { id: string; type: string; label: string }[]; edges: { source: string; target: string; property: string }[]; zoom: number }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { ropaExplorer: { cy: any } }).ropaExplorer.cy;
    return {
      nodes: cy.nodes().map((n: any) => ({ id: n.id(), type: n.data('type'), label: n.data('label') })),
      edges: cy.edges().map((e: any) => ({ source: e.data('source'), target: e.data('target'), property: e.data('property') })),
      zoom: cy.zoom(),
    };
  });
}

/** Pairs of nodes whose boxes, visible labels included, overlap on screen. */
function overlappingLabels(): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { ropaExplorer: { cy: any } }).ropaExplorer.cy;
    const zoom = cy.zoom();
    const boxes = cy.nodes().map((n: any) => {
      const labelShown = parseFloat(n.style('font-size')) * zoom >= parseFloat(n.style('min-zoomed-font-size'));
      return { name: n.data('shortLabel'), labelShown, box: n.renderedBoundingBox({ includeLabels: labelShown, includeOverlays: false, includeUnderlays: false }) };
    });
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].box;
        const b = boxes[j].box;
        if ((boxes[i].labelShown || boxes[j].labelShown) && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push(`${boxes[i].name} / ${boxes[j].name}`);
      }
    }
    return pairs;
  });
}

/** Clicks a node where it is drawn on the canvas. */
async function clickNode(iri: string): Promise<void> {
  const point = await page.evaluate((id) => {
    const cy = (window as unknown as { ropaExplorer: { cy: any } }).ropaExplorer.cy;
    const p = cy.getElementById(id).renderedPosition();
    const r = cy.container().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, iri);
  await page.mouse.click(point.x, point.y);
}

/** Selects a drawn node from the list under the graph (the keyboard and screen-reader way), opening the list first. */
async function pickFromList(selector: string): Promise<void> {
  if ((await page.locator('details.node-list').getAttribute('open')) === null) await page.click('details.node-list summary');
  await page.locator(`#node-list ${selector}`).first().click();
}

async function searchAndChoose(text: string, iri: string): Promise<void> {
  await page.fill('#search-input', text);
  await page.click('#search-form button[type="submit"]');
  const result = page.locator(`#search-results button[data-iri="${iri}"]`);
  await result.waitFor();
  await result.click();
}

async function showRio(): Promise<void> {
  await openExplorer();
  await searchAndChoose('RIO', rio);
  await waitReady({ minNodes: 14, focusCount: 1 });
}

describe('the explorer page in a browser', () => {
  it('finds RIO and draws the 13 DTNUM treatments that use it, labels apart, with the side panel', async () => {
    await openExplorer();
    expect(await page.title()).toMatch(/explorer le graphe/i);
    await page.fill('#search-input', 'RIO');
    await page.locator('#search-results button').first().waitFor();
    const labels = await page.locator('#search-results .result-label').allTextContents();
    expect(labels).toContain('RIO');
    expect(labels.some((l) => l.startsWith('RIO, référentiel des identités'))).toBe(true);
    await page.click(`#search-results button[data-iri="${rio}"]`);
    await waitReady({ minNodes: 14 });

    const { nodes, edges, zoom } = await drawing();
    const users = edges.filter((e) => e.target === rio && e.property.endsWith('#isImplementedUsingTechnology')).map((e) => e.source);
    const treatments = nodes.filter((n) => users.includes(n.id) && n.type === 'treatment');
    expect(treatments).toHaveLength(13);
    expect(treatments.every((t) => t.id.startsWith(`${server.url}register/004-`))).toBe(true);
    expect(treatments.map((t) => t.label)).toEqual(expect.arrayContaining(['APSIM', 'Passage 2', 'RIO', 'HAXO']));
    // Listed as text too, for screen readers.
    expect(await page.locator('#node-list button[data-type="treatment"]').count()).toBe(13);
    expect(zoom * 11).toBeGreaterThanOrEqual(7); // labels are drawn at this zoom
    expect(await overlappingLabels()).toEqual([]);

    await expect.poll(() => page.locator('#panel h2').textContent()).toMatch(/^RIO, référentiel des identités/);
    expect(await page.locator('#panel .badges').textContent()).toContain('Système d’information');
    expect(await page.locator('#status').textContent()).toMatch(/15 nœuds/);
    await screenshot('explore-rio');
  });

  it('expands a treatment clicked on the canvas, adding its neighbours around it', async () => {
    await showRio();
    const apsim = (await drawing()).nodes.find((n) => n.label === 'APSIM' && n.type === 'treatment')!;
    const before = (await drawing()).nodes.length;
    await clickNode(apsim.id);
    await waitReady({ focusCount: 2, minNodes: before + 1 });
    const after = await drawing();
    const apsimNeighbours = after.edges.filter((e) => e.source === apsim.id || e.target === apsim.id);
    expect(apsimNeighbours.length).toBeGreaterThan(5);
    expect(after.nodes.some((n) => n.type === 'data-category')).toBe(true);
    expect(await page.locator('#panel h2').textContent()).toBe('APSIM');
    expect(await overlappingLabels()).toEqual([]);
    await screenshot('explore-rio-expanded');
  });

  it('marks sensitive data and the treatments that process it (NIR, art. 9, art. 10)', async () => {
    await openExplorer();
    const nir = `${server.url}data-category/nir`;
    await searchAndChoose('numéro de sécurité sociale', nir);
    await waitReady({ minNodes: 6, focusCount: 1 });
    const marked = await page.evaluate(() => {
      const cy = (window as unknown as { ropaExplorer: { cy: any } }).ropaExplorer.cy;
      return cy.nodes().map((n: any) => ({ id: n.id(), type: n.data('type'), sensitive: n.hasClass('sensitive'), border: n.style('border-style') })) as { id: string; type: string; sensitive: boolean; border: string }[];
    });
    expect(marked.find((n) => n.id === nir)).toMatchObject({ sensitive: true, border: 'dashed' });
    const treatments = marked.filter((n) => n.type === 'treatment');
    expect(treatments.length).toBeGreaterThanOrEqual(5);
    expect(treatments.every((t) => t.sensitive)).toBe(true);
    expect(await page.locator('#panel .badge-sensitive').allTextContents()).toEqual(['NIR (numéro de sécurité sociale)']);
    await screenshot('explore-sensitive-nir');
  });

  it('shows systems only when the other types are unticked', async () => {
    await openExplorer();
    await page.click('#show-all');
    await waitReady({ minNodes: 200, hash: ['view=all'] });
    const all = await drawing();
    expect(new Set(all.nodes.map((n) => n.type)).size).toBeGreaterThanOrEqual(6);
    await screenshot('explore-whole-graph');
    const ticked = await page.locator('input[name="types"]:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    for (const type of ticked.filter((t) => t !== 'system')) await page.uncheck(`input[name="types"][value="${type}"]`);
    await waitReady({ maxNodes: 99, hash: ['types=system'] });
    const systems = await drawing();
    expect(systems.nodes.length).toBeGreaterThan(3);
    expect(systems.nodes.every((n) => n.type === 'system')).toBe(true);
    expect(systems.nodes.map((n) => n.id)).toContain(`${server.url}system/office365`);
    await screenshot('explore-systems-only');
  });

  it('opens the side panel of a node and follows its link to the resource page', async () => {
    await showRio();
    await pickFromList('button:text-is("Passage 2")');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Passage 2');
    expect(await page.locator('#panel').textContent()).toContain('Registre 004 · DTNUM');
    await expect.poll(() => page.locator('#panel .properties dt').allTextContents()).toContain('titre');
    const link = page.locator('#resource-link');
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/register\/004-[^/]+\/treatment\/5\.11-passage-2$/);
    await screenshot('explore-side-panel');
    await link.click();
    await page.waitForURL(`${server.url}${href!.slice(1)}`);
    expect(await page.locator('h1').textContent()).toContain('Passage 2');
  });

  it('links to the query page with a SPARQL query that gives the edges of the view', async () => {
    await showRio();
    const href = await page.locator('#view-sparql').getAttribute('href');
    const query = new URL(href!, server.url).searchParams.get('query')!;
    expect(query).toContain(`<${rio}>`);
    // The same query, run on the endpoint, finds the 13 treatments.
    const rows = await server.deps.sparql.selectRows(query);
    const sources = new Set(rows.filter((r) => r.target?.value === rio && r.relation?.value.endsWith('#isImplementedUsingTechnology')).map((r) => r.source?.value));
    expect(sources.size).toBe(13);
    const answered = page.waitForResponse((res) => res.url() === `${server.url}sparql` && res.request().method() === 'POST');
    await page.click('#view-sparql');
    await page.waitForSelector('body[data-query-page="ready"]');
    expect((await answered).status()).toBe(200);
    await page.waitForSelector('.tabPanel.active .yasr tbody tr');
    expect(await page.locator('.tabPanel.active .yasr tbody tr').count()).toBeGreaterThanOrEqual(14);
  });

  it('gives the same view again from its shared link', async () => {
    await showRio();
    await pickFromList('button:text-is("APSIM")');
    await page.click('#expand-node');
    await waitReady({ focusCount: 2 });
    await page.selectOption('#depth-select', '1');
    const shared = await page.locator('#share-link').getAttribute('href');
    expect(shared).toMatch(/#.*focus=.*focus=.*types=/);
    const original = await drawing();
    const selected = await page.locator('#panel h2').textContent();

    await watched.close();
    await openContext({ width: 1400, height: 1000 });
    await page.goto(shared!);
    await waitReady({ nodes: original.nodes.length });
    const again = await drawing();
    expect(again.nodes.map((n) => n.id).sort()).toEqual(original.nodes.map((n) => n.id).sort());
    expect(again.edges.length).toBe(original.edges.length);
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe(selected);
    expect(await overlappingLabels()).toEqual([]);
    await screenshot('explore-shared-view');
  });

  it('shows the shortest connections between a DDC treatment and a DTNUM one', async () => {
    await showRio();
    const rioTreatment = (await drawing()).nodes.find((n) => n.label === 'RIO' && n.type === 'treatment')!;
    await pickFromList(`button[data-node-iri="${rioTreatment.id}"]`);
    await page.click('#path-from');
    await page.fill('#search-input', 'annuaire et trombinoscope');
    await page.locator('#search-results button').first().waitFor();
    await page.locator('#search-results button').first().click();
    await waitReady({ hash: ['from=', 'to='] });
    await page.locator('#panel .paths-list li').first().waitFor();
    const paths = await page.locator('#panel .paths-list li').evaluateAll((items) => items.map((li) => li.firstChild?.textContent ?? ''));
    expect(paths.length).toBeGreaterThanOrEqual(2);
    expect(paths.every((p) => p.startsWith('RIO → ') && p.endsWith(' → Annuaire et trombinoscope'))).toBe(true);
    // Each step reads as a statement: "RIO porte sur les données personnelles Nom ; Annuaire et trombinoscope porte sur…".
    const relations = await page.locator('#panel .paths-list .path-relations').allTextContents();
    expect(relations.every((r) => r.split(' ; ').length === 2 && r.startsWith('RIO '))).toBe(true);
    expect(await overlappingLabels()).toEqual([]);
    expect(await page.locator('#status').textContent()).toMatch(/plus courts? chemins? de 2 liens/);
    await screenshot('explore-path');
  });

  it('works on a phone-width screen: the panel below the graph, nothing wider than the screen, labels apart', async () => {
    await watched.close();
    await openContext({ width: 390, height: 844 });
    await openExplorer(`#${new URLSearchParams({ focus: rio, sel: rio })}`);
    await waitReady({ minNodes: 14 });
    await expect.poll(() => page.locator('#panel h2').textContent()).toMatch(/^RIO/);
    const graph = (await page.locator('#graph').boundingBox())!;
    const panel = (await page.locator('#panel').boundingBox())!;
    expect(graph.width).toBeLessThanOrEqual(390);
    expect(graph.height).toBeGreaterThanOrEqual(380);
    expect(panel.y).toBeGreaterThanOrEqual(graph.y + graph.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.locator('#filters-box').getAttribute('open')).toBeNull();
    expect(await overlappingLabels()).toEqual([]);
    expect((await drawing()).zoom * 11).toBeGreaterThanOrEqual(7);
    await screenshot('explore-phone');
    await page.locator('#graph').screenshot({ path: join(ARTIFACTS_DIR, 'explore-phone-graph.png') });
  });
});
