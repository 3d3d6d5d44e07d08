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

test('every preset loads, says what it reproduces, and trains', async ({ page }) => {
  // Eleven presets, three of them on the full 60,000 MNIST digits.
  test.setTimeout(180_000);
  await page.goto('./#backend=wasm');
  const picker = page.getByLabel('Preset');
  // allTextContents does not wait: the page may not have rendered yet when the load event fires.
  await expect(picker).toBeVisible();
  const labels = (await picker.locator('option:not([disabled])').allTextContents()).map((label) =>
    label.trim(),
  );
  expect(labels.length).toBeGreaterThanOrEqual(10);
  for (const label of labels) {
    await picker.selectOption({ label });
    // The picker recognises its own preset (not "Custom") and explains it.
    await expect(picker.locator('option:checked')).toHaveText(label);
    await expect(page.locator(`#${await picker.getAttribute('aria-describedby')}`)).not.toBeEmpty();
    await page.getByRole('combobox', { name: 'Backend' }).selectOption('wasm');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.getByRole('status', { name: 'Step', exact: true }), label).toHaveText('1', {
      timeout: 60_000,
    });
    const loss = Number(await page.getByRole('status', { name: 'Training loss', exact: true }).textContent());
    expect(Number.isFinite(loss), `${label}: training loss ${loss}`).toBe(true);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(page.getByRole('status', { name: 'Step', exact: true })).toHaveText('0');
  }
});
