// Builds the app and the bench page into folders of their own, so a build here never swaps the files under a
// server someone else is running from dist/.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Where the bench builds the app (the same `npm run build`, another output folder). */
export const APP_OUT_DIR = fileURLToPath(new URL('../node_modules/.cache/bench-app', import.meta.url));
/** Where bench/vite.bench.config.ts puts the bare-loop page. */
export const BARE_OUT_DIR = fileURLToPath(new URL('../node_modules/.cache/bench-dist', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Runs a command in the repository root; output is shown only when it fails.
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<void>}
 */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}

/** Builds the app with `npm run build` into APP_OUT_DIR. */
export async function buildApp() {
  await run('npm', ['run', 'build', '--', '--outDir', APP_OUT_DIR, '--emptyOutDir']);
}

/** Builds the app (into APP_OUT_DIR) and the bench page with its own Vite config. */
export async function buildAll() {
  await buildApp();
  await run('npx', ['vite', 'build', '-c', 'bench/vite.bench.config.ts']);
}
