// The fiches in Debian's chromium: printed to A4 PDF (one fiche a page, no navigation), and a screenshot to look at.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, useBrowserSession } from '../support/start-browser-session.ts';
import { openWatchedPage, type WatchedPage } from '../support/open-watched-page.ts';

const REGISTER = '004-72dad74edd3dbafe';

const session = useBrowserSession();
let watched: WatchedPage;
let page: Page;


beforeEach(async () => {
  watched = await openWatchedPage(session.browser, session.server.url, { width: 1200, height: 1000 });
  page = watched.page;
});

afterEach(async () => {
  await watched.close();
  expect(watched.outsideRequests()).toEqual([]);
  expect(watched.problems).toEqual([]);
});

/** Pages of a PDF and the text of each, read with pdf.js. */
async function readPdf(bytes: Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    // pdf.js splits runs of text (and ligatures such as "fi"): single spaces make the words comparable.
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  await document.destroy();
  return pages;
}

function ficheUrl(slug: string): string {
  return new URL(`reports/treatment?iri=${encodeURIComponent(`${session.server.url}register/${REGISTER}/treatment/${slug}`)}`, session.server.url).href;
}

describe('a fiche', () => {
  it('prints on A4 without the site’s navigation, with its values and their source lines', async () => {
    const response = await page.goto(ficheUrl('5.11-passage-2'));
    expect(response?.status()).toBe(200);
    // The stylesheets were applied (served from here, allowed by the CSP).
    expect(await page.locator('.fiche').evaluate((e) => getComputedStyle(e).borderTopWidth)).toBe('4px');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'reports-fiche.png'), fullPage: true });

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site').evaluate((e) => getComputedStyle(e).display)).toBe('none');
    expect(await page.locator('nav.report-trail').evaluate((e) => getComputedStyle(e).display)).toBe('none');
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi, to look at what is printed
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'reports-fiche-print.png'), fullPage: true });

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    await writeFile(join(ARTIFACTS_DIR, 'reports-fiche.pdf'), pdf);
    const pages = await readPdf(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    const text = pages.join(' ');
    expect(text).toContain('Passage 2');
    expect(text).toContain('004_72dad74edd3dbafe.txt l. 488');
    expect(text).toContain('AIPD validée le 13 septembre 2021.');
    expect(text).not.toContain('Requêtes SPARQL');
  });
});

describe('all the fiches of a register', () => {
  it('print one fiche a page at least, after a cover page listing them', async () => {
    const response = await page.goto(new URL(`reports/register/${REGISTER}/fiches`, session.server.url).href);
    expect(response?.status()).toBe(200);
    const fiches = await page.locator('article.fiche').count();
    expect(fiches).toBe(36);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = await readPdf(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(fiches + 1);
    // Every fiche starts a page: its kicker is the first thing printed there.
    const starts = pages.filter((p) => /^\s*FICHE DE TRAITEMENT N°|^\s*Fiche de traitement n°/i.test(p));
    expect(starts).toHaveLength(fiches);
  });
});
