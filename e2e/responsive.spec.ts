import { expect, test } from './fixtures';

const widths = [375, 768, 1440];

test('usable at phone, tablet and desktop widths, in light and dark themes with a switch', async ({
  page,
}, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./#backend=wasm&trainSize=2000&validationSize=500');
  const train = page.getByRole('button', { name: 'Train', exact: true });
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    await expect(train).toBeVisible();
    // Polled: charts take their new width a frame or two after the window's.
    const overflow = () =>
      page.evaluate(() => {
        const root = document.scrollingElement ?? document.documentElement;
        return root.scrollWidth - window.innerWidth;
      });
    await expect.poll(overflow, { message: `horizontal scroll at ${width} px` }).toBeLessThanOrEqual(0);
    await testInfo.attach(`page at ${width} px`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
  }

  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const lightBackground = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(background).not.toBe(lightBackground);
  const darkBackground = await background();

  const theme = page.getByLabel('Theme', { exact: true });
  await theme.selectOption('Light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe(lightBackground);
  // The choice is remembered over a reload, and wins over the system's dark scheme.
  await page.reload();
  await expect(theme).toHaveValue('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await theme.selectOption('System');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe(darkBackground);
});
