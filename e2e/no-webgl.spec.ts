import config from '../playwright.config';
import { expect, test } from './fixtures';

// A browser without WebGL at all: the backend chain must carry on without it. Chromium 156 ignores
// --disable-webgl and --disable-3d-apis for OffscreenCanvas; only no GPU and no software rasterizer (and no
// SwiftShader) leave it without any WebGL context, in the page and in workers.
const launchOptions = config.use?.launchOptions ?? {};
const withoutSwiftShader = (launchOptions.args ?? []).filter((arg) => !/swiftshader/i.test(arg));
test.use({
  launchOptions: {
    ...launchOptions,
    args: [...withoutSwiftShader, '--disable-gpu', '--disable-software-rasterizer'],
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
