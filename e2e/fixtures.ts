import { expect, test as base, type Page } from '@playwright/test';
import { ORIGINS } from '../playwright.config';

/** Everything a page did that a healthy page never does: console errors, uncaught exceptions, requests to
 * other origins, failed or missing responses. Every test fails if any of these happened. */
export interface PageProblems {
  consoleErrors: string[];
  offOriginRequests: string[];
  failedResponses: string[];
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page }, use) => {
      const problems: PageProblems = { consoleErrors: [], offOriginRequests: [], failedResponses: [] };
      const allowedOrigins = new Set(ORIGINS);
      page.on('console', (message) => {
        if (message.type() === 'error') problems.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
      // A Content-Security-Policy violation fails the test too, even one the browser does not log.
      await page.exposeFunction('reportPolicyViolation', (text: string) =>
        problems.consoleErrors.push(`CSP: ${text}`),
      );
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { reportPolicyViolation: (text: string) => void })
            .reportPolicyViolation;
          report(`${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (!allowedOrigins.has(url.origin)) problems.offOriginRequests.push(request.url());
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.failedResponses.push(`${response.status()} ${response.url()}`);
      });
      await use(problems);
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.offOriginRequests, 'requests that left the origin').toEqual([]);
      expect(problems.failedResponses, 'failed responses').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** A live figure's value as a number (thousands separators removed); NaN while it shows a dash. */
export async function readFigure(page: Page, label: string): Promise<number> {
  const text = (await page.getByRole('status', { name: label, exact: true }).textContent()) ?? '';
  return text.trim() === '—' ? Number.NaN : Number(text.replace(/,/g, ''));
}

/** Waits until a live figure reaches at least `minimum`. */
export async function waitForFigure(
  page: Page,
  label: string,
  minimum: number,
  timeout = 60_000,
): Promise<void> {
  await expect.poll(() => readFigure(page, label), { timeout }).toBeGreaterThanOrEqual(minimum);
}

/** The reconstruction canvas's pixels as a data URL. */
export async function reconstructionPixels(page: Page): Promise<string> {
  return page
    .getByRole('img', { name: 'Reconstructions' })
    .evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());
}

/** Clicks Pause and waits until the worker confirms it. */
export async function pause(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Paused/ })).toBeVisible();
}
