import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, pause, test } from './fixtures';

const SMALL = '#backend=wasm&trainSize=2000&validationSize=500';

/** Opens every collapsed section, so axe sees the controls inside them too. */
async function openAllSections(page: Page): Promise<void> {
  const closed = page.locator('details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

interface FocusRecord {
  what: string;
  shown: boolean;
}

/** Tabs through every control on the page and returns those that show no focus ring of at least 2 px
 * (on themselves or the box around them) when reached by keyboard. */
async function controlsWithoutFocusRing(page: Page): Promise<{ reached: number; unmarked: string[] }> {
  await page.locator('h1').click();
  // Recorded in the page as focus arrives, so the walk costs one round trip per Tab, not two.
  await page.evaluate(() => {
    const records: FocusRecord[] = [];
    const seen = new Set<Element>();
    const ringed = (node: Element) => {
      const style = getComputedStyle(node);
      return (
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none'
      );
    };
    document.addEventListener('focusin', ({ target }) => {
      if (!(target instanceof Element) || seen.has(target)) return;
      seen.add(target);
      let shown = false;
      for (let node: Element | null = target, up = 0; node && up < 3; node = node.parentElement, up += 1)
        shown ||= ringed(node);
      const name = target.getAttribute('aria-label') ?? target.textContent?.trim().slice(0, 30) ?? '';
      records.push({ shown, what: `${target.tagName.toLowerCase()} "${name}"` });
    });
    Object.assign(window, { focusRecords: records });
  });
  const recorded = () =>
    page.evaluate(() => (window as unknown as { focusRecords: FocusRecord[] }).focusRecords);
  let count = -1;
  // Ten Tabs at a time until a round of ten reaches nothing new: the walk has come back to the start.
  for (let rounds = 0; rounds < 40; rounds += 1) {
    for (let press = 0; press < 10; press += 1) await page.keyboard.press('Tab');
    const now = (await recorded()).length;
    if (now === count) break;
    count = now;
  }
  const records = await recorded();
  return { reached: records.length, unmarked: records.filter((r) => !r.shown).map((r) => r.what) };
}

/** The accessibility rules axe finds broken on the page, with the elements concerned. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Waits for the web fonts and two frames: a formula box that starts to scroll sideways once KaTeX's fonts
 * arrive becomes keyboard-reachable at the next frame (axe, run at once, can see the box before that). */
async function layoutSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

test('the page has a title, social preview metadata and icons, and axe finds no violation in either theme; every control shows its focus', async ({
  page,
}) => {
  await page.goto(`./${SMALL}`);
  await expect(page).toHaveTitle('Autoencoder Playground');
  const head = page.locator('head');
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', /Autoencoder/);
  await expect(head.locator('meta[property="og:description"]')).toHaveAttribute('content', /.{20}/);
  await expect(head.locator('meta[property="og:image"]')).toHaveAttribute('content', './og-image.png');
  for (const link of ['link[rel="icon"]', 'link[rel="apple-touch-icon"]', 'link[rel="manifest"]']) {
    const href = await head.locator(link).getAttribute('href');
    expect(href, link).toMatch(/^\.\//);
    // Relative to the page, so a sub-path host serves them too; the fixture fails on any 404.
    expect((await page.request.get(new URL(href ?? '', page.url()).href)).status(), link).toBe(200);
  }
  expect((await page.request.get(new URL('og-image.png', page.url()).href)).status()).toBe(200);

  // Some results on screen, so the charts and pictures are checked with content.
  await page.getByRole('button', { name: 'Step epoch', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Epoch', exact: true })).toHaveText('1');
  // The losses in words, for screen readers: what the loss chart shows.
  await expect(page.getByText(/^Epoch 1 \(paused\): training loss \d/)).toHaveText(/validation loss \d/);
  await expect(page.getByText(/^Epoch 1 \(paused\)/)).toHaveAttribute('aria-live', 'polite');
  await openAllSections(page);
  await layoutSettled(page);
  expect(await axeViolations(page), 'light theme').toEqual([]);
  const focus = await controlsWithoutFocusRing(page);
  expect(focus.reached).toBeGreaterThan(20);
  expect(focus.unmarked, 'controls without a visible focus').toEqual([]);

  // The Learn panel (formulas, glossary) is a main view too; it is checked in the dark theme.
  await page.getByRole('button', { name: 'Learn', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Learn' })).toBeVisible();
  await openAllSections(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await layoutSettled(page);
  expect(await axeViolations(page), 'dark theme').toEqual([]);
});

test('a fast run tells screen readers its epoch every few seconds, not at every report, and at once when paused', async ({
  page,
}) => {
  // The seed example's model on 1,000 samples ends dozens of epochs a second, and its 10,000 epochs last
  // minutes (on 100 samples, as in the seed example, WASM ended them before the test paused).
  await page.goto(
    './#dataset=uniform&trainSize=1000&validationSize=20&featureCount=10&encoderUnits=5&latentSize=5&epochs=10000&backend=wasm',
  );
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByText(/^Epoch \d+ \(training\)/)).toBeAttached();
  const announcer = await page.getByText(/^Epoch \d+ \(training\)/).elementHandle();
  if (!announcer) throw new Error('no announcement');
  const changes = await announcer.evaluate(
    (region) =>
      new Promise<number>((resolve) => {
        let count = 0;
        const observer = new MutationObserver(() => (count += 1));
        observer.observe(region, { childList: true, characterData: true, subtree: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(count);
        }, 6000);
      }),
  );
  expect(changes).toBeGreaterThanOrEqual(1);
  expect(changes).toBeLessThanOrEqual(2);
  expect(await announcer.textContent()).toMatch(/^Epoch \d+ \(training\)/);
  // Paused, the epoch the figure shows is told at once, whatever the last announcement was.
  await pause(page);
  const figure = page.getByRole('status', { name: 'Epoch', exact: true });
  const told = page.getByText(/^Epoch \d+ \(paused\)/);
  await expect
    .poll(async () => (await told.textContent())?.startsWith(`Epoch ${await figure.textContent()} (paused)`))
    .toBe(true);
});
