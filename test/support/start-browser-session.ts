// What every browser test file starts with: the artifacts folder, Debian's chromium, and a real server on loopback.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/project-paths.ts';
import { launchBrowser } from './launch-browser.ts';
import { startTestServer, type TestServer } from './start-test-server.ts';

/** Screenshots and PDFs the tests write, for a person to look at. */
export const ARTIFACTS_DIR = join(PROJECT_ROOT, 'test-artifacts');

export interface BrowserSession {
  browser: Browser;
  server: TestServer;
  close(): Promise<void>;
}

export async function startBrowserSession(): Promise<BrowserSession> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  // The browser first: a missing chromium fails here, with the command that installs it, before a server is started.
  const browser = await launchBrowser();
  const server = await startTestServer().catch(async (error: unknown) => {
    await browser.close();
    throw error;
  });
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * What a browser test file needs, opened before its tests and closed after them: `session.browser` and
 * `session.server` are readable from inside a test or hook.
 */
export function useBrowserSession(): Omit<BrowserSession, 'close'> {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await startBrowserSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  const opened = (): BrowserSession => {
    if (!session) throw new Error('the browser session is opened in beforeAll: read it from a test or a hook');
    return session;
  };
  return {
    get browser() {
      return opened().browser;
    },
    get server() {
      return opened().server;
    },
  };
}
