import type { PageProblems } from './fixtures';
import { expect, pause, readFigure, test, waitForFigure } from './fixtures';

const SMALL = 'trainSize=2000&validationSize=500&epochs=10000';

/** Removes the problems a test provokes on purpose, so the fixture only fails on unexpected ones. */
function expectProblems(problems: PageProblems, pattern: RegExp): void {
  for (const list of [problems.consoleErrors, problems.failedResponses]) {
    const kept = list.filter((entry) => !pattern.test(entry));
    list.splice(0, list.length, ...kept);
  }
}

test('a diverging run pauses, says what to try, keeps finite weights and resumes', async ({ page }) => {
  await page.goto(
    `./#backend=wasm&${SMALL}&optimizer=sgd&learningRate=10&hiddenActivation=linear&latentActivation=linear&outputActivation=linear&loss=mse`,
  );
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The loss became infinite or NaN' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('lower the learning rate (now 10), or turn on gradient clipping');
  await expect(page.getByRole('status').filter({ hasText: 'Paused: loss diverged' })).toBeVisible();
  await expect(page.getByText(/Mean squared error of these 8 samples: \d/)).toBeVisible();

  await page.getByLabel('Learning rate', { exact: true }).fill('0.0001');
  const stepAtDivergence = await readFigure(page, 'Step');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForFigure(page, 'Step', stepAtDivergence + 30);
  await pause(page);
  expect(Number.isFinite(await readFigure(page, 'Training loss'))).toBe(true);
});

test('WASM binaries missing: the run falls back to the next backend and says why', async ({
  page,
  problems,
}) => {
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto(`./#backend=wasm&${SMALL}`);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  // The chain after WASM is WebGL (here on SwiftShader), then CPU.
  await expect(page.getByRole('status', { name: 'Backend', exact: true })).toHaveText(/^(WebGL|CPU)$/);
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'WASM not used: the WASM binary could not be loaded (HTTP 404).' }),
  ).toBeVisible();
  await expect(page.getByRole('status', { name: 'Step', exact: true })).toHaveText('1');
  expectProblems(problems, /404|\.wasm|WebAssembly|wasm/i);
});

test('WebGL lost in the middle of training: the run moves to WASM from its last checkpoint', async ({
  page,
}) => {
  await page.goto(`./?software-webgl&test-hooks#backend=webgl&${SMALL}`);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByText(/^Saved at step \d+/)).toBeVisible({ timeout: 60_000 });
  const saved = Number((await page.getByText(/^Saved at step \d+/).textContent())?.match(/\d+/)?.[0]);
  await page.evaluate(() =>
    (window as unknown as { playgroundTest: { debug: (a: string) => void } }).playgroundTest.debug(
      'loseWebglContext',
    ),
  );
  await expect(page.getByRole('status', { name: 'Backend', exact: true })).toHaveText('WASM');
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /WebGL not used: it failed during training \(the WebGL context was lost\)/ }),
  ).toBeVisible();
  await waitForFigure(page, 'Step', saved + 20);
  await pause(page);
});

test('a crashed worker is reported and Restart carries on from the last checkpoint', async ({
  page,
  problems,
}) => {
  await page.goto(`./?test-hooks#backend=wasm&${SMALL}`);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByText(/^Saved at step \d+/)).toBeVisible();
  const saved = Number((await page.getByText(/^Saved at step \d+/).textContent())?.match(/\d+/)?.[0]);
  await page.evaluate(() =>
    (window as unknown as { playgroundTest: { debug: (a: string) => void } }).playgroundTest.debug('crash'),
  );
  const alert = page.getByRole('alert').filter({ hasText: 'The training worker stopped' });
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Restart' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Paused$/ })).toBeVisible();
  expect(await readFigure(page, 'Step')).toBeGreaterThanOrEqual(saved);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForFigure(page, 'Step', saved + 20);
  await pause(page);
  expectProblems(problems, /Simulated crash/);
});

test('a worker that stops answering is reported instead of hanging the page', async ({ page }) => {
  await page.goto(`./?test-hooks&watchdog-ms=3000#backend=wasm&${SMALL}`);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForFigure(page, 'Step', 10);
  await page.evaluate(() =>
    (window as unknown as { playgroundTest: { debug: (a: string) => void } }).playgroundTest.debug('hang'),
  );
  await expect(page.getByRole('alert').filter({ hasText: /has not answered for 3 seconds/ })).toBeVisible();
  await page.getByRole('button', { name: 'Restart' }).click();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await pause(page);
});

test('a run too large for the tab is refused before it starts, with the numbers', async ({ page }) => {
  const layers = Array(8).fill(2048).join(',');
  await page.goto(`./#backend=wasm&encoderUnits=${layers}&trainSize=60000&validationSize=10000`);
  const warning = page.getByRole('alert').filter({ hasText: /This run would need about [\d.]+ GB/ });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/62,\d{3},\d{3} parameters/);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: /more than the 1.50 GB a browser tab can safely use/ }),
  ).toHaveCount(2);
  await page.waitForTimeout(500);
  await expect(page.getByRole('status', { name: 'Step', exact: true })).toHaveText('0');
  await expect(page.getByRole('status', { name: 'Backend', exact: true })).toHaveText('—');
});

test('a reload in the middle of training loses nothing: the run, its figures and its chart come back', async ({
  page,
}) => {
  await page.goto(`./#backend=wasm&${SMALL}`);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForFigure(page, 'Epoch', 2);
  const savedText = page.getByText(/^Saved at step \d+/);
  const savedStep = async () => Number((await savedText.textContent())?.match(/\d+/)?.[0] ?? NaN);
  // Checkpoints are kept every few seconds: wait for one past two epochs (16 steps each), so the saved run
  // holds a validation loss to show.
  await expect.poll(savedStep, { timeout: 30_000 }).toBeGreaterThan(32);
  const saved = await savedStep();
  await page.reload();
  await expect(page.getByRole('status', { name: 'Step', exact: true })).toHaveText(String(saved));
  await expect(page.getByRole('status').filter({ hasText: /^Paused$/ })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Loss chart' })).toHaveAccessibleDescription(
    /\d+ points\. Latest training loss/,
  );
  expect(await readFigure(page, 'Validation loss')).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await waitForFigure(page, 'Step', saved + 20);
  await pause(page);
});
