// public/data/manifest.json: what the generated chunks hold, and what they were made from, so that a run can
// tell whether they are up to date without reading them.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeChunk, splitIntoChunks } from './chunks.mjs';

/** Bumped whenever the chunk layout or the manifest changes, so older files are regenerated. */
export const FORMAT_VERSION = 3;

/** @typedef {import('./chunks.mjs').ImageBlock} ImageBlock */
/** @typedef {{ file: string, count: number, bytes: number, compressedBytes: number }} ChunkEntry */
/** @typedef {{ count: number, chunks: ChunkEntry[] }} SplitEntry */
/** @typedef {'train' | 'test'} SplitName */
/**
 * @typedef {{ label: string, imageShape: [number, number, number], classes: string[],
 *   splits: Record<SplitName, SplitEntry>, preview: string }} DatasetEntry
 */
/** @typedef {{ formatVersion: number, sources: Record<string, string>, datasets: Record<string, DatasetEntry> }} Manifest */
/** @typedef {{ upToDate: true } | { upToDate: false, reason: string }} Freshness */

/**
 * Whether the files under `dir` are current: the manifest exists, has this format version, names exactly these
 * sources and data sets, and every chunk it lists exists with the listed size.
 * @param {string} dir
 * @param {Record<string, string>} sources package name → installed version
 * @param {string[]} datasetIds
 * @returns {Freshness}
 */
export function checkFreshness(dir, sources, datasetIds) {
  /** @type {Manifest} */
  let manifest;
  try {
    manifest = /** @type {Manifest} */ (readJson(join(dir, 'manifest.json')));
  } catch {
    return { upToDate: false, reason: 'there is no readable manifest.json' };
  }
  if (manifest.formatVersion !== FORMAT_VERSION)
    return { upToDate: false, reason: `format version ${manifest.formatVersion} is not ${FORMAT_VERSION}` };
  if (JSON.stringify(manifest.sources) !== JSON.stringify(sources))
    return { upToDate: false, reason: `the source packages changed (${JSON.stringify(manifest.sources)})` };
  if (JSON.stringify(Object.keys(manifest.datasets ?? {})) !== JSON.stringify(datasetIds))
    return { upToDate: false, reason: 'the list of data sets changed' };
  const stale = listChunks(manifest).find(
    (chunk) => fileSize(join(dir, chunk.file)) !== chunk.compressedBytes,
  );
  return stale
    ? { upToDate: false, reason: `${stale.file} is missing or has the wrong size` }
    : { upToDate: true };
}

/**
 * Reads and parses a JSON file, typed as unknown for the caller to check or cast.
 * @param {string} path
 * @returns {unknown}
 */
export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * Every chunk a manifest lists.
 * @param {Manifest} manifest
 * @returns {ChunkEntry[]}
 */
export function listChunks(manifest) {
  return Object.values(manifest.datasets).flatMap((dataset) =>
    Object.values(dataset.splits).flatMap((split) => split.chunks),
  );
}

/**
 * The size of a file in bytes, or -1 when it does not exist.
 * @param {string} path
 * @returns {number}
 */
function fileSize(path) {
  try {
    return statSync(path).size;
  } catch {
    return -1;
  }
}

/**
 * Writes one split as chunk files `<datasetId>/<split>-<index>.chunk` (gzip data, on purpose without a `.gz`
 * name: servers such as `vite preview` send `.gz` files with `Content-Encoding: gzip`, and the browser would
 * unpack them before the loader does) under `dir`, compressing the chunks in parallel.
 * @param {string} dir
 * @param {string} datasetId
 * @param {SplitName} splitName
 * @param {ImageBlock} split
 * @param {{ chunkSize: number, pixelsPerImage: number }} layout
 * @returns {Promise<SplitEntry>}
 */
export async function writeSplit(dir, datasetId, splitName, split, layout) {
  const blocks = splitIntoChunks(split, layout.chunkSize, layout.pixelsPerImage);
  mkdirSync(join(dir, datasetId), { recursive: true });
  const chunks = await Promise.all(
    blocks.map(async (block, index) => {
      const file = `${datasetId}/${splitName}-${index}.chunk`;
      const compressed = await encodeChunk(block, layout.pixelsPerImage);
      await writeFile(join(dir, file), compressed);
      const count = block.labels.length;
      return { file, count, bytes: count * (1 + layout.pixelsPerImage), compressedBytes: compressed.length };
    }),
  );
  return { count: split.labels.length, chunks };
}
