import { expect, test } from './fixtures';

test('the Seed example preset trains the tutorial’s model for 100 epochs and shows the evaluated loss', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByLabel('Preset').selectOption({ label: 'Seed example' });
  await expect(page.getByRole('img', { name: 'Network shape: 10 → 5 → 5 → 5 → 10' })).toBeVisible();
  await expect(page.getByLabel('Loss', { exact: true })).toHaveValue('mse');
  await page.getByRole('combobox', { name: 'Backend' }).selectOption('wasm');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Done' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('status', { name: 'Epoch', exact: true })).toHaveText('100');
  await expect(page.getByRole('status', { name: 'Step', exact: true })).toHaveText('400');
  const evaluated = page.getByRole('status', { name: 'Evaluated loss (training set)' });
  await expect(evaluated).toHaveText(/^0\.0\d+$/);
  // Tabular data: each sample is drawn as an input strip over an output strip.
  await expect(
    page.getByText(/Strips per sample, top to bottom: input, reconstruction, absolute error/),
  ).toBeVisible();
});
