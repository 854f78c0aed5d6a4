/* global process */
// Finds a Chromium for Playwright without installing anything. Shared by ensure-browser.mjs and playwright.config.ts.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

const require = createRequire(import.meta.url);

/** Where Playwright's own Chromium would be (`npx playwright install chromium`), or undefined. */
export function playwrightChromiumPath() {
  for (const id of ['playwright-core', '@playwright/test']) {
    try {
      const { chromium } = require(id);
      return chromium.executablePath();
    } catch {
      // not resolvable from here, try the next one
    }
  }
  return undefined;
}

/**
 * `{ path, source }` of the first Chromium that exists, or null:
 * CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own download.
 * `path: undefined` means "let Playwright launch its own" (it also picks its headless shell then).
 */
export function findChromium(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH', location: fromEnv };
  if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: 'system', location: DEBIAN_CHROMIUM };
  const own = playwrightChromiumPath();
  if (own && existsSync(own)) return { path: undefined, source: 'playwright', location: own };
  return null;
}
