import type { Locator, Page } from '@playwright/test';
import { expect, pause, readFigure, test, waitForFigure } from './fixtures';

const SMALL = 'backend=wasm&epochs=10000&trainSize=2000&validationSize=500';

/** How many pixels of a canvas carry ink (anything but transparent or near-white). */
function inkedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    const node = element as HTMLCanvasElement;
    const data = node.getContext('2d')?.getImageData(0, 0, node.width, node.height).data ?? [];
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i + 3] ?? 0) > 0 && (data[i] ?? 255) < 200) ink++;
    return ink;
  });
}

async function trainEpochs(page: Page, hash: string, epochs: number): Promise<void> {
  await page.goto(`./#${hash}`);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForFigure(page, 'Epoch', epochs, 90_000);
  await pause(page);
}

test('the Variant control switches the model and shows each variant’s settings', async ({ page }) => {
  await page.goto(`./#${SMALL}`);
  const variant = page.getByLabel('Variant', { exact: true });
  await expect(variant).toHaveValue('plain');
  await variant.selectOption('denoising');
  await expect(page.getByLabel('Noise', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Noise level')).toBeVisible();
  await variant.selectOption('sparse');
  await expect(page.getByLabel('L1 rate')).toBeVisible();
  await variant.selectOption('variational');
  await expect(page.getByLabel('β', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/variant=variational/);
});

test('denoising: the view shows clean, noisy and denoised samples', async ({ page }) => {
  await trainEpochs(page, `${SMALL}&variant=denoising&noiseType=saltPepper&noiseLevel=0.3`, 1);
  const view = page.getByRole('figure').filter({ has: page.getByRole('img', { name: 'Reconstructions' }) });
  await expect(view).toContainText('Rows, top to bottom: input, noisy input, denoised, absolute error');
});

test('sparse: the mean code activation sits below the unpenalised twin’s', async ({ page }) => {
  await trainEpochs(page, `${SMALL}&variant=sparse&sparsityRate=0.01&latentActivation=hidden`, 2);
  await expect(page.getByRole('img', { name: 'Code activation histogram' })).toBeVisible();
  const chart = page.getByRole('img', { name: 'Loss chart' });
  await expect(chart).toContainText('L1 penalty');
  await expect(chart).toContainText('Reconstruction');
  const penalised = await readFigure(page, 'Mean code activation');
  const twin = await readFigure(page, 'Without the penalty');
  expect(penalised).toBeLessThan(twin);
});

test('variational: separate KL curve, samples from the prior and the decoded manifold', async ({ page }) => {
  await trainEpochs(page, `${SMALL}&variant=variational&latentSize=2&latentActivation=linear`, 2);
  const chart = page.getByRole('img', { name: 'Loss chart' });
  await expect(chart).toContainText('β·KL');
  await expect(chart).toContainText('Reconstruction');
  await page.getByRole('button', { name: 'Sample from the prior' }).click();
  await expect
    .poll(() => inkedPixels(page.getByRole('img', { name: 'Samples from the prior' })))
    .toBeGreaterThan(500);
  await page.getByRole('button', { name: 'Decode the manifold' }).click();
  await expect
    .poll(() => inkedPixels(page.getByRole('img', { name: 'Decoded manifold' })))
    .toBeGreaterThan(500);
});

test('anomaly detection: trained without one digit, its samples stand out by their error', async ({
  page,
}, testInfo) => {
  const heldOut = Number(process.env.ANOMALY_DIGIT ?? 0);
  const normal = [...Array(10).keys()].filter((digit) => digit !== heldOut).join(',');
  await trainEpochs(
    page,
    `backend=wasm&epochs=10000&trainSize=5000&validationSize=1000&trainClasses=${normal}`,
    3,
  );
  const classes = page.getByRole('group', { name: 'Train on classes' });
  await expect(classes.getByRole('checkbox', { name: String(heldOut), exact: true })).not.toBeChecked();
  await expect(
    classes.getByRole('checkbox', { name: String((heldOut + 1) % 10), exact: true }),
  ).toBeChecked();
  await expect(page.getByRole('img', { name: 'ROC curve' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Error histogram per class' })).toBeVisible();
  await expect.poll(() => readFigure(page, 'AUC')).toBeGreaterThan(0);
  const auc = await readFigure(page, 'AUC');
  testInfo.annotations.push({
    type: `measured AUC (digit ${heldOut} held out, 3 epochs)`,
    description: String(auc),
  });
  console.log(`Anomaly AUC, MNIST digit ${heldOut} held out: ${auc}`);
  expect(auc).toBeGreaterThan(0.75);
  const slider = page.getByLabel('Threshold');
  const recallAt = async (value: string) => {
    await slider.fill(value);
    return Number(
      (await page.getByRole('status', { name: 'Recall', exact: true }).textContent())?.replace(' %', ''),
    );
  };
  // A lower threshold flags more: recall can only grow.
  expect(await recallAt('500')).toBeGreaterThanOrEqual(await recallAt('950'));
  await expect(page.getByRole('img', { name: 'Most anomalous samples' })).toBeVisible();
});
