import type { Page } from '@playwright/test';
import { expect, readFigure, test } from './fixtures';
import { serveRedeployable } from './redeployable-server';

/** Waits until the service worker is active and controls the page, reloading once if it installed first;
 * returns the worker's scope. */
async function waitForServiceWorker(page: Page): Promise<string> {
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  // The first visit installs the worker; it controls the pages loaded after that.
  if (!(await controlled())) await page.reload();
  await expect.poll(controlled).toBe(true);
  return scope;
}

/** Presses Step and waits until the step counter has moved on by one. */
async function stepOnce(page: Page): Promise<void> {
  const before = await readFigure(page, 'Step');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Step', exact: true })).toHaveText(String(before + 1));
}

test('the service worker registers once the first step shows, not while training starts up', async ({
  page,
}) => {
  await page.goto('./#backend=wasm');
  await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeVisible();
  // Its install precaches about 5 MB, which competed with the start-up; a page left alone registers after 5 s.
  const early = await page.evaluate(async () => ({
    registered: (await navigator.serviceWorker.getRegistration()) !== undefined,
    openForMs: performance.now(),
  }));
  expect(early.registered && early.openForMs < 5_000).toBe(false);
  await stepOnce(page);
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined))
    .toBe(true);
});

test('after one visit, the app and the default data set work with the network off', async ({
  page,
  context,
}) => {
  // The default data set and sizes (10,000 MNIST images for training, 2,000 for validation).
  await page.goto('./#backend=wasm');
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Autoencoder Playground' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'MNIST digits' })).toBeChecked();
  await stepOnce(page);
  await expect(page.getByRole('status', { name: 'Backend', exact: true })).toHaveText('WASM');
  await expect(page.getByText(/Mean squared error of these 8 samples/)).toBeVisible();
  await context.setOffline(false);
});

test('a new version deployed under a sub-path is offered with a Reload button', async ({
  page,
  problems,
}) => {
  const host = await serveRedeployable(process.env.E2E_DIST ?? 'dist', '/classroom/playground/');
  try {
    await page.goto(`${host.url}#backend=wasm&trainSize=2000&validationSize=500`);
    expect(await waitForServiceWorker(page)).toBe(host.url);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${host.url}sw.js`);
    await expect(page.getByRole('button', { name: 'Reload', exact: true })).toHaveCount(0);

    host.deployNextVersion();
    await page.reload();
    const banner = page.getByRole('status').filter({ hasText: 'A new version is available.' });
    await expect(banner).toBeVisible();
    // The new version waits; the old one keeps the page until the user says so.
    const waiting = () =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null);
    expect(await waiting()).toBe('installed');
    await Promise.all([
      page.waitForEvent('load'),
      banner.getByRole('button', { name: 'Reload', exact: true }).click(),
    ]);
    await expect(page.getByRole('heading', { name: 'Autoencoder Playground' })).toBeVisible();
    await expect(page.getByText('A new version is available.')).toHaveCount(0);
    expect(await waiting()).toBeNull();
    await stepOnce(page);
  } finally {
    await host.close();
  }
  // This host is a second server on purpose; the fixture only knows the preview servers.
  const others = problems.offOriginRequests.filter((url) => !url.startsWith(host.origin));
  problems.offOriginRequests.splice(0, problems.offOriginRequests.length, ...others);
});
