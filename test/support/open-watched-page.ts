// A browser page for tests that blocks and records every request leaving the test server, and every console problem.
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Requests to another origin (blocked: nothing leaves the machine). */
  outsideRequests(): string[];
  /** Console errors and warnings, and uncaught page errors. */
  problems: string[];
  close(): Promise<void>;
}

/** `bypassCSP` lets a test inject a script (axe-core) into our pages, whose CSP allows none inline. */
export async function openWatchedPage(browser: Browser, serverUrl: string, viewport: { width: number; height: number }, options: { bypassCSP?: boolean } = {}): Promise<WatchedPage> {
  const origin = new URL(serverUrl).origin;
  const requests: string[] = [];
  const problems: string[] = [];
  const context = await browser.newContext({ viewport, locale: 'fr-FR', ...(options.bypassCSP ? { bypassCSP: true } : {}) });
  await context.route((url) => url.origin !== origin, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return {
    context,
    page,
    outsideRequests: () => requests.filter((url) => new URL(url).origin !== origin),
    problems,
    close: () => context.close(),
  };
}
