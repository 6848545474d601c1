// Every page type in Debian's chromium at 1280 and 390 px: no sideways scroll on a phone, the site's navigation everywhere,
// no link leaving the served origin, axe-core's WCAG 2.1 A and AA rules with no critical or serious violation; screenshots kept.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, useBrowserSession } from '../support/start-browser-session.ts';
import { isBlocking, runAxe } from '../support/run-axe.ts';
import { PAGE_TYPES } from '../support/site-page-types.ts';

const session = useBrowserSession();


const WIDTHS = [1280, 390] as const;
const NAVIGATION = ['/query', '/explore', '/checks', '/reports'];
/** Taller pages are captured by their first screens only. */
const MAX_FULL_PAGE_HEIGHT = 4000;

async function measure(page: Page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    /** The elements sticking out on the right, for the failure message. */
    wide: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && getComputedStyle(el).position !== 'absolute')
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} (${Math.round(el.getBoundingClientRect().right)} px)`),
    links: [...document.querySelectorAll('a[href]')].map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? '' })),
    scrollHeight: document.documentElement.scrollHeight,
  }));
}

describe.each(WIDTHS)('every page type at %i px', (width) => {
  it.each(PAGE_TYPES.map((p) => [p.name, p] as const))('%s', async (name, type) => {
    const context = await session.browser.newContext({ viewport: { width, height: 900 }, locale: 'fr-FR', bypassCSP: true });
    const origin = new URL(session.server.url).origin;
    const outside: string[] = [];
    await context.route((url) => url.origin !== origin, (route) => {
      outside.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      const response = await page.goto(`${session.server.url}${type.path(session.server.url)}`);
      expect(response?.status()).toBe(type.status ?? 200);
      if (type.ready) await page.waitForSelector(type.ready);
      const { scrollWidth, innerWidth, wide, links, scrollHeight } = await measure(page);
      // A whole long page (a register's fiches, the catalogue) takes seconds to encode: its first screens show the layout.
      await page.screenshot({ path: join(ARTIFACTS_DIR, `site-${name}-${width}.png`), fullPage: scrollHeight <= MAX_FULL_PAGE_HEIGHT });

      expect(scrollWidth, `sideways scroll: ${wide.join(', ')}`).toBeLessThanOrEqual(innerWidth);
      const paths = links.filter((l) => l.href.startsWith(origin)).map((l) => new URL(l.href).pathname);
      for (const path of NAVIGATION) expect(paths, path).toContain(path);
      // Definitions of other vocabularies' terms are linked as such (rel="external"); every other link stays here.
      expect(links.filter((l) => !l.href.startsWith(`${origin}/`) && !/\bexternal\b/.test(l.rel)).map((l) => l.href)).toEqual([]);

      const violations = await runAxe(page);
      expect(violations.filter(isBlocking), JSON.stringify(violations, null, 1)).toEqual([]);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
