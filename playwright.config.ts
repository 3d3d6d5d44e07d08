import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

const chromium = await findChromium();
// Several checkouts or helpers may test at once: each names its own build folder and ports.
const DIST = process.env.E2E_DIST ?? 'dist';
const PORT = Number(process.env.E2E_PORT ?? 4173);
const SUB_PATH_PORT = PORT + 1;
export const ORIGINS = [`http://127.0.0.1:${PORT}`, `http://127.0.0.1:${SUB_PATH_PORT}`];
export const SUB_PATH_URL = `http://127.0.0.1:${SUB_PATH_PORT}/nested/path/`;

export default defineConfig({
  testDir: 'e2e',
  // Concurrent runs must not wipe each other's traces.
  outputDir: DIST === 'dist' ? 'test-results' : `test-results-${DIST}`,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  // Two cores: one browser at a time keeps the training speeds (and timeouts) predictable.
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium?.path,
      args: [
        // WebGL on SwiftShader in headless Chromium; never --use-gl=angle alone (tfjs falls back to CPU).
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        // The machine's network is closed: no background requests to Google's services.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite preview --outDir ${DIST} --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-static.mjs ${DIST} ${SUB_PATH_PORT} /nested/path/`,
      url: SUB_PATH_URL,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
