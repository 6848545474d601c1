// Launches Debian's chromium headless through playwright-core; a missing browser is a failure that says how to install it.
import { access, constants } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * chromium.launch gives every browser a fresh temporary profile (playwright_chromiumdev_profile-*), removed on close:
 * no state is shared between runs. (playwright refuses an explicit --user-data-dir with launch.)
 */
export async function launchBrowser(): Promise<Browser> {
  try {
    await access(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(`the browser tests need Debian's chromium at ${CHROMIUM_PATH}, which is missing: run "apt-get install chromium" (as root: apt-get update && apt-get install -y chromium)`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
