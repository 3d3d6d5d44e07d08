import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The legend of the loss chart. */
function legend(page: Page): Locator {
  return page.locator('.loss-chart .recharts-legend-wrapper');
}

/** The number of points drawn in the loss chart's line named `name`, through its path. */
async function drawnPoints(page: Page, name: string): Promise<number> {
  const colour = await legend(page)
    .locator('.recharts-legend-item', { hasText: name })
    .locator('path, line')
    .first()
    .getAttribute('stroke');
  const path = page
    .locator(`.loss-chart .recharts-line path.recharts-line-curve[stroke="${colour}"]`)
    .first();
  const d = (await path.getAttribute('d')) ?? '';
  return (d.match(/[LC]/g) ?? []).length;
}

function runRow(page: Page, id: number): Locator {
  return page.getByRole('listitem').filter({ has: page.getByRole('textbox', { name: `Name of run ${id}` }) });
}

/** How many runs the page has saved in IndexedDB. */
function savedRunCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('autoencoder-playground');
        request.onsuccess = () => {
          const read = request.result.transaction('state').objectStore('state').get('runs');
          read.onsuccess = () => {
            const saved = read.result as { list?: { runs?: { figures: { epoch: number } }[] } } | undefined;
            resolve(saved?.list?.runs?.filter((run) => run.figures.epoch >= 1).length ?? 0);
          };
          read.onerror = () => resolve(-1);
        };
        request.onerror = () => resolve(-1);
      }),
  );
}

test('A/B trains a copy with a higher learning rate, both curves overlaid, and the run list survives a reload', async ({
  page,
}) => {
  // Three epochs: at WASM's speed one epoch of 2,000 images is over in a few progress reports, too few points
  // for a curve.
  await page.goto('./#backend=wasm&dataset=mnist&trainSize=2000&validationSize=500&epochs=3');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Done$/ })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('textbox', { name: 'Name of run 1' })).toHaveValue('Run 1');
  await page.getByRole('textbox', { name: 'Name of run 1' }).fill('Baseline');
  await page.getByRole('textbox', { name: 'Name of run 1' }).press('Enter');

  await page.getByText('A/B test', { exact: true }).click();
  await page.getByLabel('Setting to change').selectOption({ label: 'Learning rate' });
  await page.getByLabel('New value').fill('0.01');
  await page.getByRole('button', { name: 'Run A/B' }).click();
  await expect(runRow(page, 2)).toContainText('epoch 3 ·', { timeout: 60_000 });
  await expect(runRow(page, 2)).toContainText('Same seed, data and initial weights');

  const chart = page.getByRole('img', { name: 'Loss chart' });
  await expect(chart).toHaveAccessibleDescription(
    /Overlaid runs \(training loss\): Baseline: adam, lr 0\.001; Run 2: adam, lr 0\.01\./,
  );
  await expect(legend(page).getByText('Baseline: adam, lr 0.001')).toBeVisible();
  await expect(legend(page).getByText('Run 2: adam, lr 0.01')).toBeVisible();
  expect(await drawnPoints(page, 'Baseline: adam, lr 0.001')).toBeGreaterThan(2);
  expect(await drawnPoints(page, 'Run 2: adam, lr 0.01')).toBeGreaterThan(2);

  await expect.poll(() => savedRunCount(page), { timeout: 10_000 }).toBe(2);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Name of run 1' })).toHaveValue('Baseline');
  await expect(runRow(page, 2)).toContainText('epoch 3 ·');
  await expect(legend(page).getByText('Run 2: adam, lr 0.01')).toBeVisible();
  expect(await drawnPoints(page, 'Baseline: adam, lr 0.001')).toBeGreaterThan(2);
});

test('the optimizer race overlays the five optimizers’ curves, named, from one start', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Preset').selectOption({ label: 'Optimizer race' });
  await page.getByRole('combobox', { name: 'Backend' }).selectOption('wasm');
  await page.getByLabel('Epochs', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Optimizer race' }).click();
  await expect(page.getByRole('status', { name: 'Race status' })).toHaveText('Race finished', {
    timeout: 80_000,
  });
  const names = ['sgd', 'momentum', 'adagrad', 'rmsprop', 'adam'].map(
    (optimizer, index) => `Run ${index + 1}: ${optimizer}, lr 0.05`,
  );
  for (const name of names) {
    await expect(legend(page).getByText(name, { exact: true })).toBeVisible();
    expect(await drawnPoints(page, name), name).toBeGreaterThan(2);
  }
  // At one shared rate of 0.05, Adam's loss after two epochs is well below plain SGD's.
  const trainingLoss = async (id: number) =>
    Number(/training loss ([\d.]+)/.exec((await runRow(page, id).textContent()) ?? '')?.[1]);
  expect(await trainingLoss(5)).toBeLessThan((await trainingLoss(1)) * 0.8);
  await expect(runRow(page, 1)).toContainText('epoch 2 ·');
});
