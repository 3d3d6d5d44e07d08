import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, readFigure, reconstructionPixels, test } from './fixtures';

const SMALL = 'backend=wasm&trainSize=2000&validationSize=500';

/** The page's link once the debounced hash has caught up with `fragment`. */
async function linkContaining(page: Page, fragment: string): Promise<string> {
  await expect.poll(() => page.url()).toContain(fragment);
  return page.url();
}

test('a link restores the settings, the seed and the open views exactly, and reports what it ignored', async ({
  page,
}) => {
  await page.goto(`./#${SMALL}`);
  await page.getByRole('spinbutton', { name: 'Latent size', exact: true }).fill('7');
  await page.getByRole('spinbutton', { name: 'Seed', exact: true }).fill('123');
  await page.getByRole('combobox', { name: 'Optimizer', exact: true }).selectOption('rmsprop');
  await page.getByText('Advanced', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Log scale', exact: true }).check();
  const link = await linkContaining(page, 'views=advanced%2ClogScale');
  expect(link).toContain('latentSize=7');

  const opened = await page.context().newPage();
  await opened.goto(`${link}&dropout=0.5`);
  await expect(opened.getByRole('spinbutton', { name: 'Latent size', exact: true })).toHaveValue('7');
  await expect(opened.getByRole('spinbutton', { name: 'Seed', exact: true })).toHaveValue('123');
  await expect(opened.getByRole('combobox', { name: 'Optimizer', exact: true })).toHaveValue('rmsprop');
  // Advanced is open: its controls are visible without a click.
  await expect(opened.getByRole('combobox', { name: 'Gradient clipping' })).toBeVisible();
  await expect(opened.getByRole('checkbox', { name: 'Log scale', exact: true })).toBeChecked();
  await expect(
    opened.getByRole('alert').filter({ hasText: 'Unknown setting “dropout” ignored.' }),
  ).toBeVisible();
  await opened.close();
});

test('the Classroom panel hides controls, and a link with <key>_hide=1 hides them for the class', async ({
  page,
}) => {
  await page.goto(`./#${SMALL}&views=classroom`);
  const hideBoxes = page.getByRole('group', { name: 'Hide controls' });
  await hideBoxes.getByRole('checkbox', { name: 'Latent size', exact: true }).check();
  await hideBoxes.getByRole('checkbox', { name: 'Optimizer', exact: true }).check();
  await expect(page.getByRole('spinbutton', { name: 'Latent size', exact: true })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Optimizer', exact: true })).toHaveCount(0);
  const link = await page.getByRole('textbox', { name: 'Link to this set-up' }).inputValue();
  expect(link).toContain('latentSize_hide=1');
  expect(link).toContain('optimizer_hide=1');
  expect(link).not.toContain('classroom');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Link copied|the link is selected/ }),
  ).toBeVisible();

  const student = await page.context().newPage();
  await student.goto(link);
  await expect(student.getByRole('spinbutton', { name: 'Learning rate', exact: true })).toBeVisible();
  await expect(student.getByRole('spinbutton', { name: 'Latent size', exact: true })).toHaveCount(0);
  await expect(student.getByRole('combobox', { name: 'Optimizer', exact: true })).toHaveCount(0);
  await student.close();
});

/** The page's pixels of the reconstructions once two reads a moment apart agree. */
async function settledPixels(page: Page): Promise<string> {
  let previous = '';
  await expect
    .poll(async () => {
      const now = await reconstructionPixels(page);
      const settled = now === previous;
      previous = now;
      return settled;
    })
    .toBe(true);
  return previous;
}

test('a model saved in TF.js format loads back with the same reconstructions; every export saves its file', async ({
  page,
}, testInfo) => {
  await page.goto(`./#${SMALL}&epochs=1&views=export`);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Done' })).toBeVisible({ timeout: 60_000 });
  const trained = await settledPixels(page);

  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await page.getByRole('button', { name: 'Download model' }).click();
  await expect
    .poll(() => downloads.map((download) => download.suggestedFilename()).sort())
    .toEqual(['model.json', 'weights.bin']);
  const files = await Promise.all(
    downloads.map(async (download) => {
      const path = testInfo.outputPath(download.suggestedFilename());
      await download.saveAs(path);
      return path;
    }),
  );

  // The other exports: each button saves its file.
  const validationLoss = await readFigure(page, 'Validation loss');
  expect(Number.isFinite(validationLoss)).toBe(true);
  let experimentPath = '';
  for (const [button, fileName] of [
    ['Download loss chart', 'loss-chart.png'],
    ['Download reconstructions', 'reconstructions.png'],
    ['Download loss history (CSV)', 'loss-history.csv'],
    ['Download experiment (JSON)', 'experiment.json'],
    ['Download Keras (Python)', 'autoencoder.py'],
    ['Download TF.js (Node)', 'autoencoder.mjs'],
  ] as const) {
    const saved = page.waitForEvent('download');
    await page.getByRole('button', { name: button, exact: true }).click();
    const download = await saved;
    expect(download.suggestedFilename()).toBe(fileName);
    const path = await download.path();
    if (fileName === 'experiment.json') experimentPath = path;
    const bytes = await readFile(path);
    if (fileName.endsWith('.png')) expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    else expect(bytes.length).toBeGreaterThan(100);
  }

  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByRole('img', { name: 'Reconstructions' })).toHaveCount(0);
  const loader = page.getByLabel('Load model (model.json + weights.bin)');
  // A truncated weights file is refused with a message, and nothing changes.
  const modelJson = files.find((path) => path.endsWith('model.json')) ?? '';
  await loader.setInputFiles([
    { name: 'model.json', mimeType: 'application/json', buffer: await readFile(modelJson) },
    { name: 'weights.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(8) },
  ]);
  await expect(page.getByRole('alert').filter({ hasText: 'This model cannot be loaded' })).toBeVisible();

  await loader.setInputFiles(files);
  await expect(page.getByRole('status').filter({ hasText: 'Model loaded' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Paused/ })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => reconstructionPixels(page), { timeout: 30_000 }).toBe(trained);

  // The experiment opens back (its curves and last validation loss); a corrupted one is refused.
  const opener = page.getByLabel('Open experiment (JSON)');
  await opener.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "autoencoder-playground-experiment", "version": 1, "settings": {'),
  });
  await expect(
    page.getByRole('alert').filter({ hasText: /experiment file cannot be opened: it is not valid JSON/ }),
  ).toBeVisible();
  await opener.setInputFiles(experimentPath);
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toBeVisible();
  await expect.poll(() => readFigure(page, 'Validation loss')).toBe(validationLoss);
});
