// What every browser test file starts with: the artifacts folder, Debian's chromium, and a real server on loopback.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
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
