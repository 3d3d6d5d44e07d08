// Gzip sizes of what the browser downloads: the page's chunk, the worker's chunk and the WASM binaries.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @typedef {{ file: string, bytes: number, gzipBytes: number }} AssetSize */
/** @typedef {{ main: AssetSize[], worker: AssetSize[], wasm: AssetSize[], otherJs: AssetSize[] }} BundleSizes */

/**
 * The raw and gzip (level 9) size of one file.
 * @param {string} folder
 * @param {string} file
 * @returns {AssetSize}
 */
function sizeOf(folder, file) {
  const content = readFileSync(join(folder, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/**
 * Sizes of the built assets, grouped: the page's entry chunk, the training worker, the WASM binaries, other JS.
 * @param {string} buildFolder the app's build output (with assets/)
 * @returns {BundleSizes}
 */
export function measureSizes(buildFolder) {
  const folder = join(buildFolder, 'assets');
  const files = readdirSync(folder).sort();
  const pick = (/** @type {(file: string) => boolean} */ test) =>
    files.filter(test).map((file) => sizeOf(folder, file));
  const isMain = (/** @type {string} */ file) => /^index-.*\.js$/.test(file);
  const isWorker = (/** @type {string} */ file) => /^training\.worker-.*\.js$/.test(file);
  return {
    main: pick(isMain),
    worker: pick(isWorker),
    wasm: pick((file) => file.endsWith('.wasm')),
    otherJs: pick((file) => file.endsWith('.js') && !isMain(file) && !isWorker(file)),
  };
}
