import { existsSync } from 'node:fs';

/** @typedef {{ path: string | undefined, source: string }} ChromiumLocation */

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/**
 * Finds a Chromium for the end-to-end tests: $CHROMIUM_PATH, then the system's Chromium, then Playwright's own
 * browser (path undefined: Playwright locates it itself). Null when there is none.
 * @returns {Promise<ChromiumLocation | null>}
 */
export async function findChromium() {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) {
    if (existsSync(fromEnvironment)) return { path: fromEnvironment, source: '$CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH is set to ${fromEnvironment}, but no file is there.`);
  }
  const system = systemPaths.find((path) => existsSync(path));
  if (system) return { path: system, source: 'system Chromium' };
  try {
    const { chromium } = await import('@playwright/test');
    if (existsSync(chromium.executablePath()))
      return { path: undefined, source: 'Playwright’s own Chromium' };
  } catch {
    // Playwright has no browser of its own installed.
  }
  return null;
}
