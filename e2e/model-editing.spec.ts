import { expect, test } from './fixtures';

test('editing layers redraws the network shape and recounts the parameters', async ({ page }) => {
  await page.goto('./#dataset=bars&encoderUnits=64&latentSize=8');
  const parameters = page.getByRole('status', { name: 'Parameters' });
  await expect(page.getByRole('img', { name: 'Network shape: 256 → 64 → 8 → 64 → 256' })).toBeVisible();
  await expect(parameters).toHaveText('34,184');

  await page.getByRole('button', { name: '+ Add layer' }).click();
  await page.getByLabel('Encoder layer 2 units').fill('32');
  await expect(
    page.getByRole('img', { name: 'Network shape: 256 → 64 → 32 → 8 → 32 → 64 → 256' }),
  ).toBeVisible();
  await expect(parameters).toHaveText('37,832');

  await page.getByRole('button', { name: 'Fewer units in layer 2' }).click();
  await expect(page.getByLabel('Encoder layer 2 units')).toHaveValue('31');
  await page.getByRole('button', { name: '− Remove layer' }).click();
  await page.getByRole('button', { name: '− Remove layer' }).click();
  await expect(page.getByRole('img', { name: 'Network shape: 256 → 8 → 256' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Compression' })).toHaveText('32× (256 values → 8)');
});

test('a bad value gets a message naming the field, and the last good value stays in force', async ({
  page,
}) => {
  await page.goto('./');
  const learningRate = page.getByLabel('Learning rate', { exact: true });
  await learningRate.fill('50');
  await expect(page.getByRole('alert')).toHaveText('Learning rate: must be at most 10');
  await expect(learningRate).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('slider', { name: /Learning rate slider/ })).toHaveAttribute(
    'aria-valuetext',
    '0.001',
  );
  await learningRate.fill('0.01');
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByLabel('Encoder layer 1 units').fill('5000');
  await expect(page.getByRole('alert')).toHaveText('Encoder layers (item 1): must be at most 2048');
});

test('the batch size says which gradient descent it gives', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByText(/^Mini-batch gradient descent · 79 steps per epoch/)).toBeVisible();
  await page.getByRole('button', { name: '1 (SGD)' }).click();
  await expect(
    page.getByText(/^Stochastic gradient descent: one sample per step · 10,000 steps/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Full batch' }).click();
  await expect(page.getByLabel('Batch size', { exact: true })).toHaveValue('10000');
  await expect(page.getByText(/^Full-batch gradient descent.* · 1 step per epoch/)).toBeVisible();
});

test('the optimizer shows its own constants; the learning-rate slider moves on a log scale', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByText('Advanced').click();
  for (const name of ['β₁', 'β₂', 'ε']) await expect(page.getByLabel(name, { exact: true })).toBeVisible();
  await page.getByLabel('Optimizer', { exact: true }).selectOption('momentum');
  await expect(page.getByLabel('Momentum μ')).toBeVisible();
  await expect(page.getByLabel('Nesterov')).not.toBeChecked();
  await expect(page.getByLabel('β₁', { exact: true })).toHaveCount(0);
  const slider = page.getByRole('slider', { name: /Learning rate slider/ });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  // One notch moves 0.05 decades: 0.001 × 10^0.05 = 0.00112, kept to two significant digits.
  await expect(page.getByLabel('Learning rate', { exact: true })).toHaveValue('0.0011');
});
