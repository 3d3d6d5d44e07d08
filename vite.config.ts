import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { chunkModulesPlugin } from './scripts/chunk-modules-plugin.ts';
import { cspPlugin } from './scripts/csp-plugin.ts';
import { isolationHeaders } from './scripts/isolation-headers.mjs';
import { defaultDataFiles } from './scripts/default-data-files.ts';
import { defaultSettings } from './src/settings/schema.ts';

/** The data files the default settings read: precached, so the default run works offline. */
const defaultRunData = defaultDataFiles('public/data/manifest.json', defaultSettings);

/** Names the cache of data chunks after the data manifest: chunks rebuilt with other contents under the
 * same names then go to a fresh cache instead of being served stale. */
function dataCacheName(): string {
  const manifest = 'public/data/manifest.json';
  const version = existsSync(manifest)
    ? createHash('sha256').update(readFileSync(manifest)).digest('hex').slice(0, 12)
    : 'none';
  return `data-chunks-${version}`;
}

/** The service worker: the app shell and the default data set precached, other data chunks cached on
 * first use. It waits for the user's "Reload" before taking over from an older version. */
function offlinePlugin() {
  return VitePWA({
    registerType: 'prompt',
    // Registered by src/app/UpdateBanner.tsx: no inline script in the page, which the CSP would refuse.
    injectRegister: null,
    manifest: {
      name: 'Autoencoder Playground',
      short_name: 'Autoencoders',
      description: 'Train an autoencoder live in your browser and watch it learn.',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#0072b2',
      background_color: '#f7f7f4',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // The manifest and its icons are added by the plugin itself.
      // Every WASM binary, the threaded one too: a host that sends the isolation headers uses it. Fonts as
      // woff2 only: every browser with service workers reads it, so the .woff and .ttf copies are never asked for.
      globPatterns: [
        '*.{html,svg}',
        'apple-touch-icon.png',
        'assets/**/*.{js,css,wasm,woff2}',
        ...defaultRunData,
      ],
      // The worker bundle (tfjs) is 1.5 MB; leave room for it to grow.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      runtimeCaching: [
        {
          urlPattern: ({ url }) => url.pathname.endsWith('.chunk'),
          handler: 'CacheFirst',
          options: { cacheName: dataCacheName(), cacheableResponse: { statuses: [200] } },
        },
      ],
    },
  });
}

export default defineConfig({
  // A relative base lets the same dist/ run from any host and sub-path.
  base: './',
  plugins: [react(), cspPlugin(), chunkModulesPlugin(), offlinePlugin()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Inlined data: URLs would need a looser Content-Security-Policy; ship every asset as a file.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', port: 5173, headers: isolationHeaders },
  preview: { host: '127.0.0.1', port: 4173, headers: isolationHeaders },
});
