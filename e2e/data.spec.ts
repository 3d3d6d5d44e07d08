import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, pause, readFigure, reconstructionPixels, test, waitForFigure } from './fixtures';
import { grayscalePng, hugePngHeader } from './png';

const csv = (text: string) => ({ name: 'data.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

/** 200 rows: four numeric measurements, a text column and a class column. */
function tableCsv(): string {
  const rows = ['width,height,depth,weight,name,species'];
  for (let i = 0; i < 200; i++) {
    const kind = i % 3;
    const base = [1 + kind, 2 + kind * 0.5, 0.5 + kind, 3 - kind];
    rows.push(
      [
        ...base.map((value, column) => (value + ((i * 7 + column * 13) % 10) / 20).toFixed(3)),
        `item${i}`,
        `k${kind}`,
      ].join(','),
    );
  }
  return rows.join('\n');
}

async function trainBriefly(page: Page, steps = 15): Promise<void> {
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForFigure(page, 'Step', steps);
  await pause(page);
}

test('the default MNIST run needs under 3 MB of data and shows its download progress', async ({ page }) => {
  let dataBytes = 0;
  await page.route('**/*.chunk', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    dataBytes += body.length;
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.fulfill({ response, body });
  });
  await page.goto('./#backend=wasm');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  const progress = page.getByRole('progressbar', { name: /Loading data: [\d.]+ of [\d.]+ MB/ });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('status', { name: 'Step', exact: true })).toHaveText('1');
  await expect(progress).toHaveCount(0);
  expect(dataBytes).toBeGreaterThan(1_000_000);
  expect(dataBytes).toBeLessThan(3_000_000);
  await expect(
    page.getByText(/10,000 training \+ 2,000 validation samples · 28×28 grayscale images · 10 classes/),
  ).toBeVisible();
});

test('Fashion-MNIST trains and its reconstructions change', async ({ page }) => {
  await page.goto('./#backend=wasm&epochs=10000');
  await page.getByRole('radio', { name: 'Fashion-MNIST' }).check();
  await page.getByLabel('Training samples').fill('2000');
  await expect(page.getByText(/classes \(T-shirt\/top, Trouser/)).toBeVisible();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Step', exact: true })).toHaveText('1');
  const firstLoss = await readFigure(page, 'Training loss');
  const firstPixels = await reconstructionPixels(page);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForFigure(page, 'Epoch', 2);
  await pause(page);
  expect(await readFigure(page, 'Training loss')).toBeLessThan(firstLoss * 0.7);
  expect(await reconstructionPixels(page)).not.toBe(firstPixels);
});

test('synthetic sets: the Swiss roll goes through a 2-unit code, Regenerate draws new data, signals are plotted', async ({
  page,
}) => {
  // Runs long enough that Pause finds them running: 20 epochs of 3-D points end in a second or two.
  await page.goto('./#backend=wasm&epochs=10000');
  await page.getByRole('radio', { name: 'Swiss roll (3-D)' }).check();
  await expect(page.getByRole('img', { name: 'Network shape: 3 → 32 → 16 → 2 → 16 → 32 → 3' })).toBeVisible();
  const seed = page.getByLabel('Seed', { exact: true });
  const before = await seed.inputValue();
  await page.getByRole('button', { name: 'Regenerate' }).click();
  await expect(seed).not.toHaveValue(before);
  await trainBriefly(page);
  await expect(page.getByText(/Strips per sample, top to bottom: input, reconstruction/)).toBeVisible();

  await page.getByRole('radio', { name: '1-D signals with anomalies' }).check();
  await expect(page.getByLabel('Anomalous share')).toHaveValue('0.1');
  await trainBriefly(page);
  await expect(page.getByText(/Each panel: the input \(solid blue\), its reconstruction/)).toBeVisible();

  await page.getByRole('radio', { name: 'Gaussian blobs' }).check();
  await page.getByLabel('Clusters').fill('3');
  await expect(page.getByText(/3 classes \(cluster 1, cluster 2, cluster 3\)/)).toBeVisible();
  await trainBriefly(page);
});

test('a CSV upload trains; each bad file gets its message and the previous data stays in use', async ({
  page,
}) => {
  await page.goto('./#backend=wasm&epochs=10000');
  await page.getByRole('radio', { name: 'Your own data' }).check();
  await page.getByLabel('Label column (optional)').fill('species');
  const fileInput = page.getByLabel('CSV or TSV file');
  await fileInput.setInputFiles(csv(tableCsv()));
  await expect(
    page.getByText('160 training + 40 validation samples, 4 values each.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByText('Non-numeric columns left out: name.')).toBeVisible();
  await expect(page.getByText('Classes from “species”: k0, k1, k2.')).toBeVisible();
  await expect(page.getByRole('img', { name: /Network shape: 4 → / })).toBeVisible();
  await trainBriefly(page);
  const trainedSteps = await readFigure(page, 'Step');
  await page.getByLabel('Label column (optional)').fill('');

  const wide = `${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\n`;
  const badFiles: [{ name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
    [csv(''), /data\.csv: The file is empty\./],
    [
      {
        name: 'data.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 0, 255, 254, 0]),
      },
      /does not look like text/,
    ],
    [csv('a,b,c\n1,2,3\n4,5\n6,7,8'), /Row 3 has 2 fields, but the header has 3\./],
    [csv('name,city\nann,paris\nbob,rome'), /No numeric column found; the columns are: name, city\./],
    [csv('a,b\n1,2\nInfinity,3\n4,5'), /Row 3, column “a”: Infinity is not a finite number\./],
    [csv('a,b\n1,2'), /Only one data row: an autoencoder needs at least two samples\./],
    [csv(wide), /Row 1 has 100,000 columns; at most 4,096 are supported\./],
  ];
  for (const [file, message] of badFiles) {
    await fileInput.setInputFiles(file);
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(page.getByText(/160 training \+ 40 validation samples, 4 values each/)).toBeVisible();
  }
  // Training on the old data still works.
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForFigure(page, 'Step', trainedSteps + 10);
  await pause(page);
});

test('image uploads: files or a folder, resized, labelled by folder; bad images get their message', async ({
  page,
}) => {
  const folder = mkdtempSync(join(tmpdir(), 'shapes-'));
  for (const [name, level] of [
    ['dark', (x: number) => (x < 8 ? 0 : 255)],
    ['light', (_x: number, y: number) => (y < 8 ? 255 : 40)],
  ] as const) {
    mkdirSync(join(folder, name));
    for (let i = 0; i < 6; i++)
      writeFileSync(join(folder, name, `${i}.png`), grayscalePng(20 + i, 20 + i, level));
  }
  await page.goto('./#backend=wasm&epochs=10000');
  await page.getByRole('radio', { name: 'Your own data' }).check();
  await page.getByLabel('Image size (pixels)').fill('12');
  await page.getByLabel('Image folder (subfolders become classes)').setInputFiles(folder);
  await expect(page.getByText('12 images resized to 12×12 grayscale.')).toBeVisible();
  await expect(page.getByText('Classes from folder names: dark, light.')).toBeVisible();
  await expect(page.getByRole('img', { name: /Network shape: 144 → / })).toBeVisible();
  await trainBriefly(page, 10);
  await expect(page.getByText(/Rows, top to bottom: input, reconstruction, absolute error/)).toBeVisible();

  const images = page.getByLabel('Image files');
  const bad: [{ name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
    [{ name: 'huge.png', mimeType: 'image/png', buffer: hugePngHeader(30_000, 30_000) }, /huge\.png/],
    [{ name: 'anim.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a\x01\x00\x01\x00') }, /anim\.gif/],
    [
      { name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('not really a png at all') },
      /broken\.png is not a PNG or JPEG image/,
    ],
  ];
  for (const [file, message] of bad) {
    await images.setInputFiles(file);
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(page.getByText('12 images resized to 12×12 grayscale.')).toBeVisible();
  }
  await images.setInputFiles([
    { name: 'a.png', mimeType: 'image/png', buffer: grayscalePng(28, 28, (x) => x * 9) },
    { name: 'b.png', mimeType: 'image/png', buffer: grayscalePng(28, 28, (_x, y) => y * 9) },
  ]);
  await expect(page.getByText('2 images resized to 12×12 grayscale.')).toBeVisible();
});

test('the drawing pad: draw, see the model reconstruct it, add it to the training set', async ({ page }) => {
  await page.goto('./#backend=wasm&epochs=10000&trainSize=2000&validationSize=500');
  await trainBriefly(page, 30);
  const pad = page.getByRole('img', { name: 'Drawing pad' });
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('no drawing pad');
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.2);
  await page.mouse.down();
  for (let i = 0; i <= 10; i++)
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * (0.2 + i * 0.06));
  await page.mouse.up();
  // The reconstruction is drawn on a white square: once the model answers, it has ink on it.
  const output = page.getByRole('img', { name: 'Reconstruction of the drawing' });
  await expect
    .poll(() =>
      output.evaluate((canvas) => {
        const data = (canvas as HTMLCanvasElement).getContext('2d')?.getImageData(0, 0, 112, 112).data ?? [];
        let inked = 0;
        for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 230) inked++;
        return inked;
      }),
    )
    .toBeGreaterThan(100);
  await page.getByLabel('Class of the drawing').selectOption('1');
  await page.getByRole('button', { name: 'Add to training set' }).click();
  await expect(page.getByText('1 drawing added to the training set.')).toBeVisible();
});
