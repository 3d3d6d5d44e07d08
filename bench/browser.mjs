// Headless Chromium as the end-to-end tests launch it (the flags mirror playwright.config.ts).
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import { observeLongTasks } from './probes.mjs';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {{ page: Page, problems: string[], close: () => Promise<void> }} BenchPage */

const launchArgs = [
  // WebGL on SwiftShader in headless Chromium; never --use-gl=angle alone (tfjs falls back to CPU).
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  // No background requests to Google's services.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Launches the Chromium the tests use ($CHROMIUM_PATH, the system's, or Playwright's own).
 * @returns {Promise<Browser>}
 */
export async function launchBrowser() {
  const location = await findChromium();
  if (!location)
    throw new Error('No Chromium found: run node scripts/ensure-browser.mjs or set CHROMIUM_PATH.');
  return chromium.launch({ executablePath: location.path, args: launchArgs });
}

/**
 * A fresh page in its own context, wide enough for all three columns, with long tasks observed from the start
 * and console errors collected.
 * @param {Browser} browser
 * @returns {Promise<BenchPage>}
 */
export async function openPage(browser) {
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    reducedMotion: 'reduce',
  });
  await context.addInitScript(observeLongTasks);
  const page = await context.newPage();
  // A page whose main thread is blocked for long stretches still answers, late: wait for it.
  page.setDefaultTimeout(120_000);
  /** @type {string[]} */
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { page, problems, close: () => context.close() };
}
