import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

const chromium = await findChromium();
const PORT = 4173;
export const SUB_PATH_URL = 'http://127.0.0.1:4174/nested/path/';

export default defineConfig({
  testDir: 'e2e',
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
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node scripts/serve-static.mjs dist 4174 /nested/path/',
      url: SUB_PATH_URL,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
