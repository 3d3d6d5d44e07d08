import { expect, readFigure, test } from './fixtures';

test('Space trains and pauses, S steps, R resets, ? lists the shortcuts; typing in a field is left alone', async ({
  page,
}) => {
  await page.goto('./#backend=wasm&trainSize=2000&validationSize=500&epochs=10000');
  const step = page.getByRole('status', { name: 'Step', exact: true });
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toHaveAttribute(
    'aria-keyshortcuts',
    'Space',
  );
  await expect(page.getByRole('button', { name: 'Step', exact: true })).toHaveAttribute(
    'aria-keyshortcuts',
    'S',
  );
  await expect(page.getByRole('button', { name: 'Reset', exact: true })).toHaveAttribute(
    'aria-keyshortcuts',
    'R',
  );

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const key of ['Space', 'S', 'R', '?'])
    await expect(dialog.getByRole('cell', { name: key, exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();

  // S does what the Step button does, so it waits, as a user would, until the button is ready again.
  const stepButton = page.getByRole('button', { name: 'Step', exact: true });
  await expect(stepButton).toBeEnabled();
  await page.keyboard.press('s');
  await expect(step).toHaveText('1');
  await expect(stepButton).toBeEnabled();
  await page.keyboard.press('S');
  await expect(step).toHaveText('2');
  await expect(stepButton).toBeEnabled();

  // In a text field the keys are typed, not obeyed.
  const seed = page.getByLabel('Seed', { exact: true });
  await seed.focus();
  await page.keyboard.press('s');
  await page.keyboard.press('r');
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
  await expect(step).toHaveText('2');
  await seed.blur();

  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect.poll(() => readFigure(page, 'Step')).toBeGreaterThan(4);
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Paused/ })).toBeVisible();

  await page.keyboard.press('r');
  await expect(step).toHaveText('0');
});
