import config from '../playwright.config';
import { expect, test } from './fixtures';

// A browser without WebGL at all: the backend chain must carry on without it.
const launchOptions = config.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...launchOptions,
    args: [...(launchOptions.args ?? []), '--disable-webgl', '--disable-3d-apis'],
  },
});

test('asking for WebGL falls back to WASM and says why', async ({ page }) => {
  await page.goto('./?software-webgl#backend=webgl&trainSize=2000&validationSize=500');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Backend', exact: true })).toHaveText('WASM');
  await expect(
    page.getByRole('alert').filter({ hasText: /WebGL not used: WebGL 2 is not available\./ }),
  ).toBeVisible();
});
