import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The bench page's build folder (bench/build.mjs names it too): under node_modules/.cache, which git, tsc,
// ESLint and Prettier all skip.
const BENCH_OUT_DIR = fileURLToPath(new URL('../node_modules/.cache/bench-dist', import.meta.url));

// The bare-loop page: its own entry and worker, built beside (not into) the app's dist/.
export default defineConfig({
  root: fileURLToPath(new URL('./bare', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  worker: { format: 'es' },
  build: {
    outDir: BENCH_OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: fileURLToPath(new URL('./bare/bare.html', import.meta.url)) },
  },
});
