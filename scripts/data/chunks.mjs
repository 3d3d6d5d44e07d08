// The chunk format the page loads: `count` label bytes, then count × pixelsPerImage pixel bytes (uint8, row
// after row), the whole gzip-compressed. The count and sizes live in the manifest, so a chunk has no header.
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** @typedef {{ labels: Uint8Array, pixels: Uint8Array }} ImageBlock */

/**
 * Encodes one chunk: labels then pixels, gzip level 9. Node writes no timestamp into the gzip header, so the
 * same images always give the same bytes. Asynchronous, so that several chunks compress in parallel on
 * libuv's thread pool (level 9 is slow: about 1.3 s per 5,000 MNIST images).
 * @param {ImageBlock} block
 * @param {number} pixelsPerImage
 * @returns {Promise<Buffer>}
 */
export async function encodeChunk(block, pixelsPerImage) {
  const count = block.labels.length;
  if (block.pixels.length !== count * pixelsPerImage)
    throw new Error(
      `A chunk of ${count} images needs ${count * pixelsPerImage} pixels, got ${block.pixels.length}.`,
    );
  const raw = new Uint8Array(count * (1 + pixelsPerImage));
  raw.set(block.labels, 0);
  raw.set(block.pixels, count);
  return gzipAsync(raw, { level: 9 });
}

/**
 * Decodes a chunk written by encodeChunk (for tests and checks; the page has its own streaming decoder).
 * @param {Uint8Array} compressed
 * @param {number} pixelsPerImage
 * @returns {ImageBlock}
 */
export function decodeChunk(compressed, pixelsPerImage) {
  const raw = new Uint8Array(gunzipSync(compressed));
  const count = raw.length / (1 + pixelsPerImage);
  if (!Number.isInteger(count))
    throw new Error(
      `A chunk of ${raw.length} bytes is not a whole number of ${1 + pixelsPerImage}-byte images.`,
    );
  return { labels: raw.subarray(0, count), pixels: raw.subarray(count) };
}

/**
 * Cuts a split into consecutive blocks of at most `chunkSize` images (views, no copies).
 * @param {ImageBlock} split
 * @param {number} chunkSize
 * @param {number} pixelsPerImage
 * @returns {ImageBlock[]}
 */
export function splitIntoChunks(split, chunkSize, pixelsPerImage) {
  /** @type {ImageBlock[]} */
  const blocks = [];
  for (let start = 0; start < split.labels.length; start += chunkSize) {
    const end = Math.min(start + chunkSize, split.labels.length);
    blocks.push({
      labels: split.labels.subarray(start, end),
      pixels: split.pixels.subarray(start * pixelsPerImage, end * pixelsPerImage),
    });
  }
  return blocks;
}
