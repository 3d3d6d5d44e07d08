import { expect, pause, readFigure, test, waitForFigure } from './fixtures';

test('the loss chart switches to a log scale and shows values on hover', async ({ page }) => {
  await page.goto('./#backend=wasm&epochs=10000&trainSize=2000&validationSize=500');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForFigure(page, 'Epoch', 5);
  await pause(page);
  const chart = page.getByRole('img', { name: 'Loss chart' });
  const yTicks = () =>
    chart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents();
  const linearTicks = await yTicks();
  expect(linearTicks[0]).toBe('0');

  await page.getByLabel('Log scale', { exact: true }).check();
  await expect.poll(yTicks).not.toEqual(linearTicks);
  expect((await yTicks()).includes('0')).toBe(false);

  const box = await chart.locator('.recharts-cartesian-grid').boundingBox();
  if (!box) throw new Error('the chart has no plotting area');
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  const tooltip = page.locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toContainText(/Epoch \d+\.\d\d/);
  await expect(tooltip).toContainText(/Training loss/);
});

test('Step epoch trains to the end of the current epoch, then pauses', async ({ page }) => {
  await page.goto('./#backend=wasm&epochs=10000&trainSize=320&batchSize=32');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Step', exact: true })).toHaveText('1');
  await page.getByRole('button', { name: 'Step epoch' }).click();
  await expect(page.getByRole('status', { name: 'Step', exact: true })).toHaveText('10');
  await expect(page.getByRole('status', { name: 'Epoch', exact: true })).toHaveText('1');
  await page.getByRole('button', { name: 'Step epoch' }).click();
  await expect(page.getByRole('status', { name: 'Step', exact: true })).toHaveText('20');
  expect(await readFigure(page, 'Validation loss')).toBeGreaterThan(0);
  await expect(page.getByRole('status').filter({ hasText: /^Paused$/ })).toBeVisible();
});
