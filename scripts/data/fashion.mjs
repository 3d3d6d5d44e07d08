// Fashion-MNIST as the fashion-mnist package ships it: one JSON file per class, {"data": [[784 ints], ...]},
// 7,000 images per class and no train/test split. Class 0's file has 7,002 rows, but two of them (rows 1000
// and 7001) are empty arrays, not images; every class then has exactly 7,000 images. The first 6,000 of a
// class go to train and the rest (1,000) to test; a class with more images would keep the extras in test.
// This is not the official split (the package does not say which images were official test images). A few
// images occur twice within a class (as in the original data); they are kept.

/** @typedef {import('./chunks.mjs').ImageBlock} ImageBlock */
/** @typedef {{ images: Uint8Array[], skippedRows: number[] }} FashionClass */
/** @typedef {{ train: Uint8Array[][], test: Uint8Array[][] }} FashionSplits */

/**
 * Reads one class file's parsed JSON into images, skipping empty rows and rejecting anything else that is
 * not an image of `pixelsPerImage` integers in 0..255.
 * @param {unknown} json
 * @param {string} name the file's name, for error messages
 * @param {number} pixelsPerImage
 * @returns {FashionClass}
 */
export function parseFashionClass(json, name, pixelsPerImage) {
  const rows = typeof json === 'object' && json !== null && 'data' in json ? json.data : undefined;
  if (!Array.isArray(rows)) throw new Error(`${name}: expected {"data": [[...], ...]}.`);
  /** @type {Uint8Array[]} */
  const images = [];
  /** @type {number[]} */
  const skippedRows = [];
  rows.forEach((/** @type {unknown} */ row, index) => {
    if (!Array.isArray(row)) throw new Error(`${name}: row ${index} is not an array.`);
    if (row.length === 0) return void skippedRows.push(index);
    if (row.length !== pixelsPerImage)
      throw new Error(`${name}: row ${index} has ${row.length} values, expected ${pixelsPerImage}.`);
    const isPixel = (/** @type {unknown} */ value) =>
      typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 255;
    if (!row.every(isPixel))
      throw new Error(`${name}: row ${index} has a value that is not an integer in 0..255.`);
    images.push(Uint8Array.from(/** @type {number[]} */ (row)));
  });
  return { images, skippedRows };
}

/**
 * Splits each class: its first `trainPerClass` images to train, the rest to test.
 * @param {Uint8Array[][]} classes images per class
 * @param {number} trainPerClass
 * @returns {FashionSplits}
 */
export function splitFashionClasses(classes, trainPerClass) {
  classes.forEach((images, label) => {
    if (images.length <= trainPerClass)
      throw new Error(
        `Fashion-MNIST class ${label} has ${images.length} images; a split needs more than ${trainPerClass}.`,
      );
  });
  return {
    train: classes.map((images) => images.slice(0, trainPerClass)),
    test: classes.map((images) => images.slice(trainPerClass)),
  };
}

/**
 * Mulberry32, the generator src/datasets/random.ts uses: the same seed gives the same stream in [0, 1).
 * @param {number} seed
 * @returns {() => number}
 */
export function createRng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The label order of an interleaved split: round r holds image r of every class that has one, those classes
 * in a seeded random order. Any prefix is then class-balanced (counts differ by at most one while every
 * class still has images), and the next class is not predictable from the last.
 * @param {number[]} classSizes images per class
 * @param {() => number} rng
 * @returns {number[]} one label per image, in split order
 */
export function interleavedLabels(classSizes, rng) {
  /** @type {number[]} */
  const order = [];
  const rounds = Math.max(0, ...classSizes);
  for (let round = 0; round < rounds; round++) {
    const present = classSizes.flatMap((size, label) => (round < size ? [label] : []));
    for (let i = present.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [present[i], present[j]] = [/** @type {number} */ (present[j]), /** @type {number} */ (present[i])];
    }
    order.push(...present);
  }
  return order;
}

/**
 * Interleaves per-class images into one split (see interleavedLabels); each class keeps its own order.
 * @param {Uint8Array[][]} classes images per class
 * @param {() => number} rng
 * @param {number} pixelsPerImage
 * @returns {ImageBlock}
 */
export function interleaveClasses(classes, rng, pixelsPerImage) {
  const order = interleavedLabels(
    classes.map((images) => images.length),
    rng,
  );
  const labels = Uint8Array.from(order);
  const pixels = new Uint8Array(order.length * pixelsPerImage);
  const taken = classes.map(() => 0);
  order.forEach((label, position) => {
    const next = /** @type {number} */ (taken[label]);
    pixels.set(/** @type {Uint8Array} */ (classes[label]?.[next]), position * pixelsPerImage);
    taken[label] = next + 1;
  });
  return { labels, pixels };
}
