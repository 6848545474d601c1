// RGAA checks a person does with a keyboard and a screen reader, in Debian's chromium: a skip link first, no keyboard trap
// (40 Tab presses on every page type), the SPARQL editor left with Tab, English text marked lang="en".
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from '../support/start-browser-session.ts';
import { EDPS_TREATMENT_PATH, PAGE_TYPES } from '../support/site-page-types.ts';

const session = useBrowserSession();


async function withPage<T>(path: string, ready: string | undefined, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    await page.goto(`${session.server.url}${path}`);
    if (ready) await page.waitForSelector(ready);
    return await run(page);
  } finally {
    await context.close();
  }
}

/** Presses Tab `count` times and names the element that has the focus after each press (the same element, the same name). */
async function tabThrough(page: Page, count: number): Promise<{ key: string; label: string }[]> {
  const stops: { key: string; label: string }[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const w = window as unknown as { focusIds?: WeakMap<Element, number>; nextFocusId?: number };
        w.focusIds ??= new WeakMap();
        const el = document.activeElement ?? document.body;
        if (!w.focusIds.has(el)) w.focusIds.set(el, (w.nextFocusId = (w.nextFocusId ?? 0) + 1));
        const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        return { key: el === document.body ? 'body' : String(w.focusIds.get(el)), label: `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${text}"` };
      }),
    );
  }
  return stops;
}

/**
 * Stops of one element a browser gives on its own: a date field is a Tab stop per part (day, month, year) and its
 * calendar button. Past that, the element holds the focus.
 */
const MAX_STOPS_IN_ONE_CONTROL = 4;

/** A trap holds the focus: Tab leaves it where it was, or brings it back before the page has been gone through. */
function findTrap(stops: readonly { key: string; label: string }[]): string | undefined {
  for (let i = 1; i < stops.length; i++) {
    const { key, label } = stops[i]!;
    if (key === 'body') continue;
    if (stops.slice(Math.max(0, i - MAX_STOPS_IN_ONE_CONTROL), i + 1).every((s) => s.key === key) && i >= MAX_STOPS_IN_ONE_CONTROL) return `Tab stays on ${label} (press ${i + 1})`;
    if (key === stops[i - 1]!.key) continue;
    const before = stops.slice(0, i).map((s) => s.key).lastIndexOf(key);
    // Back on an element already left: fine only if the whole page was gone through in between (the skip link seen again).
    if (before >= 0 && !stops.slice(before + 1, i).some((s) => s.key === stops[0]!.key || s.key === 'body')) return `Tab comes back to ${label} (presses ${before + 1} and ${i + 1})`;
  }
  return undefined;
}

describe('the keyboard, 40 Tab presses from a fresh load', () => {
  it.each(PAGE_TYPES.map((p) => [p.name, p] as const))('%s: the skip link first, then no trap', async (_name, type) => {
    await withPage(type.path(session.server.url), type.ready, async (page) => {
      const stops = await tabThrough(page, 40);
      expect(stops[0]!.label).toBe('a.skip-link "Aller au contenu"');
      expect(findTrap(stops), stops.map((s) => s.label).join(' → ')).toBeUndefined();
    });
  });

  it('follows the skip link to the main content', async () => {
    await withPage('checks?as-of=2026-01-01', undefined, async (page) => {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    });
  });
});

describe('the SPARQL editor', () => {
  it('does not take the focus on load, lets Tab leave it, and keeps its query as it was', async () => {
    await withPage('query', 'body[data-query-page="ready"]', async (page) => {
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
      await page.click('.tabPanel.active .CodeMirror');
      const before = await page.locator('.tabPanel.active .CodeMirror-code').textContent();
      expect(await page.evaluate(() => document.activeElement?.closest('.CodeMirror') !== null)).toBe(true);
      const stops = await tabThrough(page, 40);
      // Out of the editor at the first press, on to the rest of the page.
      expect(stops[0]!.label).not.toMatch(/CodeMirror/);
      expect(await page.evaluate(() => document.activeElement?.closest('.CodeMirror') === null)).toBe(true);
      expect(findTrap(stops), stops.map((s) => s.label).join(' → ')).toBeUndefined();
      expect(await page.locator('.tabPanel.active .CodeMirror-code').textContent()).toBe(before);
      // Shift+Tab comes back to it, and Ctrl+] indents (as the page says).
      await page.click('.tabPanel.active .CodeMirror');
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('Control+BracketRight');
      expect(await page.locator('.tabPanel.active .CodeMirror-code').textContent()).not.toBe(before);
    });
  });
});

describe('languages', () => {
  it('marks the English text of an EDPS record\'s page lang="en": its title, its values and its source text', async () => {
    await withPage(EDPS_TREATMENT_PATH, undefined, async (page) => {
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      expect(await page.getAttribute('h1', 'lang')).toBe('en');
      const english = await page.locator('main [lang="en"]').allTextContents();
      expect(english).toEqual(expect.arrayContaining(['Use of Corporate Credit Card by Staff']));
      expect(english.length).toBeGreaterThan(10);
      // The register's text, kept word for word, is English too.
      expect(await page.locator('blockquote.verbatim[lang="en"]').count()).toBeGreaterThan(5);
      // French text stays unmarked.
      expect(await page.locator('main h2').first().getAttribute('lang')).toBeNull();
    });
  });
});
