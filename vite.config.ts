import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { chunkModulesPlugin } from './scripts/chunk-modules-plugin.ts';
import { cspPlugin } from './scripts/csp-plugin.ts';

export default defineConfig({
  // A relative base lets the same dist/ run from any host and sub-path.
  base: './',
  plugins: [react(), cspPlugin(), chunkModulesPlugin()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Inlined data: URLs would need a looser Content-Security-Policy; ship every asset as a file.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
