// A person browsing the linked data in Debian's chromium: a treatment's page, then the link to its Office365 page.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { ARTIFACTS_DIR, useBrowserSession } from '../support/start-browser-session.ts';

// 001 line 14: "Gestion de la messagerie professionnelle Office365"
const TREATMENT_PATH = 'register/001-16106fe6b7c9f12d/treatment/06-gestion-de-la-messagerie-professionnelle-office365';

const session = useBrowserSession();


describe('resource pages in a browser', () => {
  it('opens a treatment page and follows its link to the Office365 system page', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'fr-FR' });
    const outside: string[] = [];
    await context.route((url) => url.origin !== new URL(session.server.url).origin, (route) => {
      outside.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${session.server.url}${TREATMENT_PATH}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Gestion de la messagerie professionnelle Office365');
    // The provenance back to the register line is on the page.
    await expect(page.locator('body').textContent()).resolves.toMatch(/001_16106fe6b7c9f12d\.txt/);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'resource-treatment.png'), fullPage: true });

    const link = page.locator(`a[href$="/system/office365"]`).first();
    await expect(link.count()).resolves.toBeGreaterThan(0);
    await Promise.all([page.waitForURL(/\/system\/office365$/), link.click()]);
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/Microsoft 365/);
    // The system page lists, among its incoming links, the treatment we came from.
    await expect(page.locator(`a[href$="${TREATMENT_PATH}"]`).count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'resource-office365.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });
});
