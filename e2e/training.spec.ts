import { expect, pause, readFigure, reconstructionPixels, test, waitForFigure } from './fixtures';

// Runs that never end by themselves, on the fastest backend here, unless a test says otherwise.
const LONG_RUN = '#backend=wasm&epochs=10000&trainSize=2000&validationSize=500';

test('the page loads ready to train, every control and figure labelled', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Autoencoder Playground' })).toBeVisible();
  for (const name of ['Train', 'Step', 'Reset'])
    await expect(page.getByRole('button', { name, exact: true })).toBeEnabled();
  for (const name of ['Epoch', 'Step', 'Training loss', 'Validation loss', 'Samples/s', 'Backend']) {
    await expect(page.getByRole('status', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('radiogroup', { name: 'Dataset' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'MNIST digits' })).toBeChecked();
  for (const name of [
    'Learning rate',
    'Batch size',
    'Latent size',
    'Activation',
    'Loss',
    'Optimizer',
    'Backend',
  ]) {
    await expect(page.getByLabel(name, { exact: true }).and(page.locator('input, select'))).toBeVisible();
  }
  await expect(page.getByRole('img', { name: 'Network shape: 784 → 128 → 32 → 128 → 784' })).toBeVisible();
});

test('Train makes the training loss fall and the reconstructions change', async ({ page }) => {
  await page.goto(`./${LONG_RUN}`);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Step', exact: true })).toHaveText('1');
  await expect(page.getByText(/Mean squared error of these 8 samples: [\d.]+ \(step 1\)/)).toBeVisible();
  const firstLoss = await readFigure(page, 'Training loss');
  const firstPixels = await reconstructionPixels(page);

  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForFigure(page, 'Epoch', 3);
  await pause(page);
  expect(await readFigure(page, 'Training loss')).toBeLessThan(firstLoss * 0.5);
  expect(await readFigure(page, 'Validation loss')).toBeLessThan(firstLoss * 0.5);
  expect(await reconstructionPixels(page)).not.toBe(firstPixels);
  await expect(page.getByRole('img', { name: 'Loss chart' })).toHaveAccessibleDescription(
    /\d+ points\. Latest training loss/,
  );
});

test('Pause freezes the step counter, Step adds exactly one, Reset clears chart and counters', async ({
  page,
}) => {
  await page.goto(`./${LONG_RUN}`);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForFigure(page, 'Step', 30);
  await pause(page);
  const pausedAt = await readFigure(page, 'Step');
  await page.waitForTimeout(700);
  expect(await readFigure(page, 'Step')).toBe(pausedAt);

  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Step', exact: true })).toHaveText(String(pausedAt + 1));
  await page.waitForTimeout(300);
  expect(await readFigure(page, 'Step')).toBe(pausedAt + 1);

  await page.getByRole('button', { name: 'Reset' }).click();
  for (const [name, value] of [
    ['Epoch', '0'],
    ['Step', '0'],
    ['Training loss', '—'],
    ['Validation loss', '—'],
    ['Samples/s', '—'],
  ]) {
    await expect(page.getByRole('status', { name, exact: true })).toHaveText(value as string);
  }
  await expect(page.getByRole('img', { name: 'Loss chart' })).toHaveAccessibleDescription(
    'No loss recorded yet.',
  );
  await expect(page.locator('.recharts-line-curve')).toHaveCount(0);
});

for (const [backend, label] of [
  ['webgl', 'WebGL'],
  ['wasm', 'WASM'],
] as const) {
  test(`with Backend set to ${backend}, training runs and the badge names it`, async ({ page }) => {
    await page.goto(`./?software-webgl#epochs=10000&backend=${backend}`);
    await expect(page.getByRole('combobox', { name: 'Backend' })).toHaveValue(backend);
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await waitForFigure(page, 'Step', 40);
    await expect(page.getByRole('status', { name: 'Backend', exact: true })).toHaveText(label);
    expect(await readFigure(page, 'Samples/s')).toBeGreaterThan(0);
    await pause(page);
  });
}

test('WebGL drawn by the CPU is refused unless the test switch asks for it', async ({ page }) => {
  // This browser's WebGL is SwiftShader, let through by the launch flags; without ?software-webgl it must not
  // train there.
  await page.goto('./#backend=webgl&trainSize=2000&validationSize=500');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Backend', exact: true })).toHaveText('WASM');
  await expect(
    page.getByRole('alert').filter({ hasText: /WebGL not used: only software WebGL is available/ }),
  ).toBeVisible();

  // On Auto the same refusal is part of the choice, made as the page opens: a polite note, not an alert.
  await page.goto('about:blank');
  await page.goto('./#backend=auto&trainSize=2000&validationSize=500');
  await expect(
    page.getByRole('status').filter({ hasText: /WebGL not used: only software WebGL is available/ }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('choosing the backend in the page switches it for the next run', async ({ page }) => {
  // A small synthetic set: on MNIST the CPU backend first fits the PCA baseline for about 5 s, which the switch
  // waits for (8 s for this test, and once over 20 s in a full run).
  await page.goto(
    `./?software-webgl#epochs=10000&backend=cpu&dataset=uniform&trainSize=100&validationSize=20&featureCount=10`,
  );
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Backend', exact: true })).toHaveText('CPU');
  await page.getByRole('combobox', { name: 'Backend' }).selectOption('wasm');
  await expect(page.getByRole('status', { name: 'Step', exact: true })).toHaveText('0');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Backend', exact: true })).toHaveText('WASM');
});

test('a learning-rate change reaches the running model without a reset', async ({ page }) => {
  await page.goto(`./${LONG_RUN}`);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForFigure(page, 'Step', 20);
  await page.getByLabel('Learning rate', { exact: true }).fill('0.0005');
  const stepAfterChange = await readFigure(page, 'Step');
  await waitForFigure(page, 'Step', stepAfterChange + 20);
  await pause(page);
  await expect(page.getByRole('img', { name: 'Loss chart' })).not.toHaveAccessibleDescription(
    'No loss recorded yet.',
  );
  expect(await readFigure(page, 'Step')).toBeGreaterThan(stepAfterChange);
});

test('a model change ends the run, since it needs a new model', async ({ page }) => {
  await page.goto(`./${LONG_RUN}`);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForFigure(page, 'Step', 20);
  await page.getByLabel('Latent size', { exact: true }).fill('4');
  await expect(page.getByRole('status', { name: 'Step', exact: true })).toHaveText('0');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
});
