// Renders the README screenshot: the default set-up after a few seconds of training on the production build.
// Usage: npm run build && node scripts/screenshot.mjs  (serves dist/ itself on port 4175)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const server = spawn('npx', ['vite', 'preview', '--port', '4175', '--strictPort'], { stdio: 'ignore' });
try {
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const browser = await chromium.launch({
    executablePath: (await findChromium())?.path,
    args: ['--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await page.goto('http://127.0.0.1:4175/#backend=wasm');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await page.waitForTimeout(Number(process.env.SCREENSHOT_WAIT_MS ?? 5000));
  await page.screenshot({ path: 'docs/screenshot.png' });
  await browser.close();
  console.log('Wrote docs/screenshot.png');
} finally {
  server.kill();
}
