import { SUB_PATH_URL } from '../playwright.config';
import { expect, test, waitForFigure } from './fixtures';

const SMALL = 'trainSize=2000&validationSize=500&epochs=10000';

test('auto times the model on WebGL and WASM, shows the figures and runs the faster', async ({ page }) => {
  await page.goto(`./?software-webgl#backend=auto&${SMALL}`);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  const summary = page.getByText('Backend probe', { exact: true });
  await expect(summary).toBeVisible({ timeout: 60_000 });
  await summary.click();
  const rows = page
    .getByRole('table', { name: 'Backend probe' })
    .getByRole('row')
    .filter({
      has: page.getByRole('rowheader'),
    });
  const speeds = new Map<string, number>();
  for (const row of await rows.all()) {
    const name = ((await row.getByRole('rowheader').textContent()) ?? '').trim();
    const figure = ((await row.getByRole('cell').textContent()) ?? '').replace(/,/g, '');
    speeds.set(name, Number(figure));
  }
  expect([...speeds.keys()].sort()).toEqual(['WASM', 'WebGL']);
  for (const speed of speeds.values()) expect(speed).toBeGreaterThan(0);
  const fastest = [...speeds].sort((a, b) => b[1] - a[1])[0]?.[0];
  await expect(page.getByRole('status', { name: 'Backend', exact: true })).toHaveText(fastest ?? '?');
  await expect(page.getByText(`Auto chose ${fastest}, the fastest here.`)).toBeVisible();
  await waitForFigure(page, 'Step', 3);

  // A clear win is kept for this device and model size: after a reload nothing is timed again. A close call
  // (a busy machine can make one) is timed again instead.
  const [best = 0, second = 0] = [...speeds.values()].sort((a, b) => b - a);
  const figures = await page.getByRole('table', { name: 'Backend probe' }).getByRole('row').allTextContents();
  await page.reload();
  // The backend is chosen when a run is built: by the restore of a kept checkpoint, or else by a step.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await summary.click({ timeout: 60_000 });
  if (best >= 1.5 * second) {
    await expect(page.getByText(/measured on this device on .+ and kept\./)).toBeVisible();
    expect(
      await page.getByRole('table', { name: 'Backend probe' }).getByRole('row').allTextContents(),
    ).toEqual(figures);
  } else {
    await expect(page.getByText(/measured just now/)).toBeVisible();
  }
});

test('the site is cross-origin isolated, at the root and under a sub-path, and still trains on WASM', async ({
  page,
}) => {
  await page.goto(`./#backend=wasm&${SMALL}`);
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForFigure(page, 'Step', 5);
  const backend = page.getByRole('status', { name: 'Backend', exact: true });
  await expect(backend).toHaveText('WASM');
  // Isolation would allow the threaded binary; the engine keeps WASM on one thread (see src/core/backend.ts).
  await expect(page.getByText(/SIMD, 1 thread/)).toBeVisible();
  await page.goto(SUB_PATH_URL);
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true);
});
