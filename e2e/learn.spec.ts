import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, pause, readFigure, test } from './fixtures';

const SMALL_RUN = '#backend=wasm&trainSize=2000&validationSize=500';

/** What axe finds broken inside the Learn panel (formulas that scroll, tables, the diagram). */
async function learnPanelViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('#learn-panel').analyze();
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
  );
}

test('Learn shows the formulas of the current choices, and the labels lead to the glossary', async ({
  page,
}) => {
  await page.goto(`./${SMALL_RUN}`);
  // The "?" sits beside the label, not in it: the field keeps its name.
  await expect(page.getByLabel('Learning rate', { exact: true })).toHaveValue(/\d/);
  await page.getByRole('button', { name: 'What is the learning rate?' }).click();
  await expect(page.getByRole('region', { name: 'Learn' })).toBeVisible();
  const entry = page.locator('#glossary-learningRate');
  await expect(entry).toBeFocused();
  await expect(entry).toContainText('size of the steps');

  const cycle = page.getByRole('figure', { name: 'Training cycle' });
  await expect(cycle.locator('[aria-current="step"]')).toHaveText('Initialise');

  const optimizer = page.getByRole('region', { name: 'Optimizer formula' });
  await expect(optimizer.getByRole('heading')).toHaveText('Optimizer: Adam');
  await expect(optimizer.locator('math').first()).toBeAttached();
  await expect(optimizer.locator('annotation').first()).toContainText('\\hat m');

  await page.getByLabel('Optimizer', { exact: true }).selectOption('sgd');
  await expect(optimizer.getByRole('heading')).toHaveText('Optimizer: SGD');
  await expect(optimizer.locator('annotation').first()).toHaveText(
    '\\theta \\leftarrow \\theta - \\eta\\, g',
  );
  await expect(page.getByRole('region', { name: 'Loss formula' }).getByRole('heading')).toHaveText(/^Loss: /);
  expect(await learnPanelViolations(page)).toEqual([]);

  // While training runs, the diagram goes round the step's phases; paused, none is lit.
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(cycle.locator('[aria-current="step"]')).toHaveText(
    /^(Batch|Encode|Decode|Loss|Gradients|Update)$/,
    {
      timeout: 60_000,
    },
  );
  await pause(page);
  await expect(cycle.locator('[aria-current="step"]')).toHaveCount(0);
});

test('slow motion shows one step phase by phase, and Step counts it after the update', async ({ page }) => {
  await page.goto(`./${SMALL_RUN}`);
  await page.getByRole('button', { name: 'Learn', exact: true }).click();
  const stepFigure = async () => {
    const value = await readFigure(page, 'Step');
    return Number.isNaN(value) ? 0 : value;
  };
  const before = await stepFigure();
  const next = page.getByRole('button', { name: 'Next phase' });
  const status = page.locator('.slow-motion-status');
  const current = page.getByRole('figure', { name: 'Training cycle' }).locator('[aria-current="step"]');

  await next.click();
  await expect(status).toHaveText(`Step ${before + 1}, phase 1 of 6: Batch`, { timeout: 60_000 });
  await expect(current).toHaveText('Batch');
  await expect(page.getByRole('img', { name: 'Batch sample 1' })).toBeVisible();
  for (const [index, name] of ['Encode', 'Decode', 'Loss', 'Gradients'].entries()) {
    await next.click();
    await expect(status).toHaveText(`Step ${before + 1}, phase ${index + 2} of 6: ${name}`);
    await expect(current).toHaveText(name);
  }
  await expect(page.getByRole('img', { name: 'Reconstruction 1' })).toBeVisible();
  const loss = Number(await page.getByRole('status', { name: 'Batch loss' }).textContent());
  expect(loss).toBeGreaterThan(0);
  const gradients = page.getByRole('table', { name: /^Gradient norm per layer/ });
  const rows = gradients.locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.first().getByRole('rowheader')).toHaveText('Encoder 1 (784 → 128)');
  for (const text of await rows.locator('td').allTextContents()) expect(Number(text)).toBeGreaterThan(0);
  // Everything so far only looked at the step: no weight has changed yet.
  expect(await stepFigure()).toBe(before);

  await next.click();
  await expect(status).toHaveText(`Step ${before + 1}, phase 6 of 6: Update`);
  await expect(page.getByRole('table', { name: 'Update size per layer' }).locator('tbody tr')).toHaveCount(4);
  await expect.poll(stepFigure).toBe(before + 1);

  await next.click();
  await expect(status).toHaveText(`Step ${before + 2}, phase 1 of 6: Batch`);
  expect(await stepFigure()).toBe(before + 1);
  expect(await learnPanelViolations(page)).toEqual([]);
});
