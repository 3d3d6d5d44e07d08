import type { Locator, Page } from '@playwright/test';
import { expect, pause, test, waitForFigure } from './fixtures';

const RUN = '#backend=wasm&epochs=10000&trainSize=3000&validationSize=1000';

/** The distinct colours on a canvas, ignoring near-white and near-grey pixels (background, axes, frames). */
function colourfulPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    const node = element as HTMLCanvasElement;
    const data =
      node.getContext('2d')?.getImageData(0, 0, node.width, node.height).data ?? new Uint8ClampedArray();
    const colours = new Set<string>();
    for (let i = 0; i < data.length; i += 4) {
      const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) colours.add(`${r >> 5},${g >> 5},${b >> 5}`);
    }
    return colours.size;
  });
}

/** Two spots of the map's plotting area, as fractions of its box, with no point within a few pixels: clicks
 * there decode instead of picking a point. Found by scanning the canvas for plain background. */
function emptySpots(canvas: Locator): Promise<[number, number][]> {
  return canvas.evaluate((element) => {
    const node = element as HTMLCanvasElement;
    const context = node.getContext('2d');
    if (!context) return [];
    const { width, height } = node;
    const data = context.getImageData(0, 0, width, height).data;
    const at = (x: number, y: number) => (y * width + x) * 4;
    const background = Array.from(data.slice(at(Math.floor(width / 2), 2), at(Math.floor(width / 2), 2) + 4));
    const plain = (x: number, y: number) =>
      [0, 1, 2, 3].every((c) => Math.abs((data[at(x, y) + c] ?? 0) - (background[c] ?? 0)) < 8);
    const radius = Math.round(12 * (width / node.getBoundingClientRect().width));
    const spots: [number, number][] = [];
    for (let fy = 0.15; fy <= 0.85; fy += 0.05)
      for (let fx = 0.15; fx <= 0.85; fx += 0.05) {
        const cx = Math.round(fx * width);
        const cy = Math.round(fy * height);
        let clear = true;
        for (let dy = -radius; dy <= radius && clear; dy += 2)
          for (let dx = -radius; dx <= radius && clear; dx += 2) clear = plain(cx + dx, cy + dy);
        if (clear && spots.every(([x, y]) => Math.hypot(x - fx, y - fy) > 0.3)) spots.push([fx, fy]);
      }
    return spots;
  });
}

/** A canvas's pixels, to see whether it changed. */
function pixels(canvas: Locator): Promise<string> {
  return canvas.evaluate((element) => (element as HTMLCanvasElement).toDataURL());
}

async function trainAndPause(page: Page, hash = RUN, epochs = 2): Promise<void> {
  await page.goto(`./${hash}`);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForFigure(page, 'Epoch', epochs);
  await pause(page);
}

test('the latent map shows the validation codes in class colours; clicking it decodes that point', async ({
  page,
}) => {
  await trainAndPause(page);
  const map = page.getByRole('img', { name: 'Latent map' });
  await expect(map).toBeVisible();
  await expect.poll(() => colourfulPixels(map)).toBeGreaterThan(4);
  // Drawn in main memory, so a redraw never waits behind WebGL training in the GPU process.
  expect(
    await map.evaluate(
      (canvas: HTMLCanvasElement) => canvas.getContext('2d')?.getContextAttributes().willReadFrequently,
    ),
  ).toBe(true);
  await expect(page.getByLabel('Horizontal axis')).toHaveValue('0');
  await expect(page.getByText(/PC 1 \(\d+% of variance\)/).first()).toBeVisible();

  // Mouse clicks land at viewport coordinates: the map must be on screen.
  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  if (!box) throw new Error('no latent map');
  const decoded = page.getByRole('img', { name: 'Decoded image' });
  const [one, other] = await emptySpots(map);
  if (!one || !other) throw new Error('no two empty spots on the latent map');
  await page.mouse.click(box.x + box.width * one[0], box.y + box.height * one[1]);
  await expect(decoded).toBeVisible();
  const first = await pixels(decoded);
  await page.mouse.click(box.x + box.width * other[0], box.y + box.height * other[1]);
  await expect.poll(() => pixels(decoded)).not.toBe(first);

  await page.getByLabel('Vertical axis').selectOption('2');
  await expect(page.getByText(/PC 3 \(\d+% of variance\)/).first()).toBeVisible();
});

test('hovering a point shows its sample and reconstruction', async ({ page }) => {
  await trainAndPause(page);
  const map = page.getByRole('img', { name: 'Latent map' });
  await map.focus();
  // The keyboard cursor moves over the map; Space picks the point under it as well, so hover any point there.
  const box = await map.boundingBox();
  if (!box) throw new Error('no latent map');
  for (let y = 0.3; y <= 0.7; y += 0.05) {
    for (let x = 0.3; x <= 0.7; x += 0.05) {
      await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
      if (await page.getByRole('img', { name: /^Input of sample \d+$/ }).count()) break;
    }
    if (await page.getByRole('img', { name: /^Input of sample \d+$/ }).count()) break;
  }
  await expect(page.getByRole('img', { name: /^Input of sample \d+$/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Reconstruction of sample \d+$/ })).toBeVisible();
});

test('the interpolation strip decodes frames between two samples', async ({ page }) => {
  await trainAndPause(page);
  await page.getByLabel('From sample').fill('0');
  await page.getByLabel('To sample').fill('1');
  await page.getByLabel('Frames').fill('6');
  await page.getByRole('button', { name: 'Interpolate' }).click();
  const strip = page.getByRole('img', { name: 'Interpolation' });
  await expect(strip).toBeVisible();
  const box = await strip.boundingBox();
  expect((box?.width ?? 0) / (box?.height ?? 1)).toBeGreaterThan(4);
  await expect
    .poll(() =>
      strip.evaluate((canvas) => {
        const node = canvas as HTMLCanvasElement;
        const data = node.getContext('2d')?.getImageData(0, 0, node.width, node.height).data ?? [];
        let ink = 0;
        for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) ink++;
        return ink;
      }),
    )
    .toBeGreaterThan(100);
});

test('the PCA baseline: a line on the loss chart, and its reconstructions under the autoencoder’s', async ({
  page,
}) => {
  await trainAndPause(page);
  await expect(page.locator('.recharts-reference-line')).toHaveCount(1);
  await expect(page.getByText('PCA, 32 components')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Loss chart' })).toHaveAccessibleDescription(
    /PCA baseline with 32 components: training loss 0\.\d+, validation loss 0\.\d+\./,
  );
  await expect(
    page.getByText(
      /Rows, top to bottom: input, reconstruction, absolute error \(orange\), PCA reconstruction\./,
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Samples 9–16')).toBeVisible();
  // PCA's reconstructions exist for the first page only.
  await expect(
    page.getByText(/Rows, top to bottom: input, reconstruction, absolute error \(orange\)\./),
  ).toBeVisible();
});

test('the worst reconstructions, the error histogram and the weights', async ({ page }) => {
  await trainAndPause(page);
  await expect(page.getByRole('img', { name: 'Worst reconstructed' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Error histogram' })).toBeVisible();
  await expect(
    page.getByText(/How many of the 1,000 validation samples have each error: mean 0\.\d+/),
  ).toBeVisible();
  await page.getByText('Weights', { exact: true }).click();
  const encoder = page.getByRole('img', { name: 'Encoder weights' });
  await expect(encoder).toBeVisible();
  await expect.poll(() => colourfulPixels(encoder)).toBeGreaterThan(4);
  await expect(page.getByRole('img', { name: 'Decoder images per code unit' })).toBeVisible();
});

test('with a 2-unit code the map shows the code itself and one slider per unit decodes live', async ({
  page,
}) => {
  await trainAndPause(
    page,
    '#backend=wasm&epochs=10000&trainSize=3000&validationSize=1000&encoderUnits=64&latentSize=2&latentActivation=linear',
    2,
  );
  await expect(page.getByLabel('Horizontal axis')).toHaveCount(0);
  await expect(page.getByText('code unit 1', { exact: true })).toBeVisible();
  const image = page.getByRole('img', { name: 'Traversal image' });
  const slider = page.getByRole('slider', { name: 'Code unit 1' });
  await expect(slider).toBeVisible();
  await slider.focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  const moved = await pixels(image);
  for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(() => pixels(image)).not.toBe(moved);
});

test('on a slow backend the map covers the first samples, and says so', async ({ page }) => {
  // The CPU backend with MNIST: a round of the views over 1,024 samples takes about a second here.
  await page.goto('./#backend=cpu&epochs=10000&trainSize=500&validationSize=3000&encoderUnits=256');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('img', { name: 'Latent map' })).toBeVisible();
  await expect(
    page.getByText(/cover the first [\d,]+ of the 3,000 validation samples: on this backend/),
  ).toBeVisible();
  await pause(page);
  await expect(page.getByText(/How many of the [\d,]+ validation samples have each error/)).not.toHaveText(
    /of the 3,000 validation/,
  );
});
