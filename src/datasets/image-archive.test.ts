import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeChunk } from '../../scripts/data/chunks.mjs';
import { writeSplit } from '../../scripts/data/manifest.mjs';
import { ARCHIVE_FORMAT_VERSION, type ArchiveManifest } from './archive-manifest';
import {
  MISSING_DATA_MESSAGE,
  loadArchiveSplit,
  loadManifest,
  type Fetcher,
  type ProgressListener,
} from './image-archive';
import type { Split } from './dataset';

const BASE = 'https://archive.test/data/';
const PIXELS = 4;
const classes = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
/** Toy images of 2×2 pixels: label i % 10, pixel values that name image and pixel. */
const toyImages = (count: number, first = 0) => ({
  labels: Uint8Array.from({ length: count }, (_, i) => (first + i) % 10),
  pixels: Uint8Array.from({ length: count * PIXELS }, (_, i) => (first * PIXELS + i) * 5),
});

/** Writes a tiny archive (MNIST train: 2 chunks of 3 images) with the scripts' own encoder. */
async function writeToyArchive(dir: string): Promise<void> {
  const layout = { chunkSize: 3, pixelsPerImage: PIXELS };
  const dataset = async (id: string) => ({
    label: id === 'mnist' ? 'Toy digits' : 'Toy clothes',
    imageShape: [2, 2, 1],
    classes,
    splits: {
      train: await writeSplit(dir, id, 'train', toyImages(6), layout),
      test: await writeSplit(dir, id, 'test', toyImages(2, 6), layout),
    },
    preview: Buffer.from([0, 64, 128, 255]).toString('base64'),
  });
  const datasets = { mnist: await dataset('mnist'), 'fashion-mnist': await dataset('fashion-mnist') };
  const manifest = { formatVersion: ARCHIVE_FORMAT_VERSION, sources: { toy: '1.0.0' }, datasets };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
}

/** A Fetcher that serves files under `dir` at `base`, streaming them in pieces, and logs each URL. */
function fileFetcher(dir: string, base: string, log: string[] = [], pieceSize = 64): Fetcher {
  return (url) => {
    log.push(url);
    const path = join(dir, url.slice(base.length));
    if (!url.startsWith(base) || !existsSync(path))
      return Promise.resolve(new Response('not found', { status: 404, statusText: 'Not Found' }));
    const bytes = readFileSync(path);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += pieceSize)
          controller.enqueue(bytes.subarray(at, at + pieceSize));
        controller.close();
      },
    });
    return Promise.resolve(new Response(stream));
  };
}

const ignoreProgress: ProgressListener = () => {};
const labelsOf = (split: Split) => Array.from(split.labels ?? []);

describe('image archive', () => {
  const dir = mkdtempSync(join(tmpdir(), 'image-archive-'));
  let manifest: ArchiveManifest;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    rmSync(dir, { recursive: true, force: true });
    await writeToyArchive(dir);
    manifest = await loadManifest(BASE, fileFetcher(dir, BASE));
  });
  const trainBytes = () =>
    manifest.datasets.mnist.splits.train.chunks.reduce((sum, chunk) => sum + chunk.compressedBytes, 0);
  const load = (
    count: number,
    fetcher: Fetcher,
    cache = new Map<string, Uint8Array>(),
    onProgress: ProgressListener = ignoreProgress,
  ) =>
    loadArchiveSplit(
      { baseUrl: BASE, manifest, dataset: 'mnist', split: 'train', count },
      fetcher,
      cache,
      onProgress,
    );

  it('reads the manifest', () => {
    expect(manifest.datasets.mnist.splits.train.count).toBe(6);
    expect(manifest.datasets.mnist.splits.train.chunks.map((chunk) => chunk.file)).toEqual([
      'mnist/train-0.chunk',
      'mnist/train-1.chunk',
    ]);
  });

  it('asks for npm run prepare-data when the manifest is missing or not JSON', async () => {
    rmSync(join(dir, 'manifest.json'));
    await expect(loadManifest(BASE, fileFetcher(dir, BASE))).rejects.toThrow(MISSING_DATA_MESSAGE);
    const html: Fetcher = () => Promise.resolve(new Response('<!doctype html><title>app</title>'));
    await expect(loadManifest(BASE, html)).rejects.toThrow(/missing: run npm run prepare-data .*not JSON/);
  });

  it('rejects a manifest of another version or with inconsistent fields, naming the field', async () => {
    const json = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ArchiveManifest;
    const serve =
      (value: unknown): Fetcher =>
      () =>
        Promise.resolve(new Response(JSON.stringify(value)));
    await expect(loadManifest(BASE, serve({ ...json, formatVersion: 1 }))).rejects.toThrow(
      /format version 1/,
    );
    const chunk = json.datasets.mnist.splits.test.chunks[0];
    if (chunk) chunk.bytes = 11;
    await expect(loadManifest(BASE, serve(json))).rejects.toThrow(
      'datasets.mnist.splits.test.chunks[0].bytes should be 2 × 5',
    );
  });

  it('loads a whole split with values in [0, 1] and labels', async () => {
    const split = await load(6, fileFetcher(dir, BASE));
    const expected = toyImages(6);
    expect(split.count).toBe(6);
    expect(labelsOf(split)).toEqual([...expected.labels]);
    expect([...split.values]).toEqual([...expected.pixels].map((value) => Math.fround(value / 255)));
  });

  it('fetches only the chunks that hold the requested images', async () => {
    const log: string[] = [];
    const two = await load(2, fileFetcher(dir, BASE, log));
    expect(log).toEqual([`${BASE}mnist/train-0.chunk`]);
    expect(labelsOf(two)).toEqual([0, 1]);
    const four = await load(4, fileFetcher(dir, BASE, log));
    expect(four.values).toHaveLength(4 * PIXELS);
    expect(labelsOf(four)).toEqual([0, 1, 2, 3]);
    expect(four.values[3 * PIXELS]).toBeCloseTo((3 * PIXELS * 5) / 255, 6);
  });

  it('reuses cached chunks: a second load fetches nothing and reports completion', async () => {
    const cache = new Map<string, Uint8Array>();
    const log: string[] = [];
    await load(6, fileFetcher(dir, BASE, log), cache);
    expect(log).toHaveLength(2);
    const progress: number[][] = [];
    const again = await load(5, fileFetcher(dir, BASE, log), cache, (received, total) =>
      progress.push([received, total]),
    );
    expect(log).toHaveLength(2);
    expect(again.count).toBe(5);
    expect(progress.at(-1)).toEqual([trainBytes(), trainBytes()]);
  });

  it('reports compressed bytes received, rising to the total of the needed chunks', async () => {
    const received: number[] = [];
    const totals = new Set<number>();
    await load(
      6,
      fileFetcher(dir, BASE),
      new Map(),
      (bytes, total) => (received.push(bytes), totals.add(total)),
    );
    const total = trainBytes();
    expect([...totals]).toEqual([total]);
    expect(received.length).toBeGreaterThan(3);
    expect(received.every((bytes, i) => bytes >= (received[i - 1] ?? 0))).toBe(true);
    expect([received[0], received.at(-1)]).toEqual([0, total]);
  });

  it('names the maximum when asked for more images than the split has', async () => {
    await expect(load(7, fileFetcher(dir, BASE))).rejects.toThrow(
      /6 train images; asked for 7, the maximum is 6/,
    );
  });

  it('names the file and the HTTP status when a chunk cannot be fetched', async () => {
    rmSync(join(dir, 'mnist/train-1.chunk'));
    await expect(load(6, fileFetcher(dir, BASE))).rejects.toThrow(
      `Could not load mnist/train-1.chunk (HTTP 404): ${MISSING_DATA_MESSAGE}.`,
    );
  });

  it('says a chunk is corrupt or truncated, and does not cache it', async () => {
    const file = join(dir, 'mnist/train-0.chunk');
    const good = readFileSync(file);
    const cache = new Map<string, Uint8Array>();
    writeFileSync(file, Buffer.from('this is not gzip data'));
    await expect(load(3, fileFetcher(dir, BASE), cache)).rejects.toThrow(
      /data file mnist\/train-0\.chunk is corrupt or truncated/,
    );
    writeFileSync(file, good.subarray(0, good.length - 12));
    await expect(load(3, fileFetcher(dir, BASE), cache)).rejects.toThrow(/corrupt or truncated/);
    expect(cache.size).toBe(0);
  });

  it('rejects a chunk whose labels are not classes', async () => {
    const bad = { labels: Uint8Array.of(0, 12, 1), pixels: new Uint8Array(3 * PIXELS) };
    writeFileSync(join(dir, 'mnist/train-0.chunk'), await encodeChunk(bad, PIXELS));
    await expect(load(3, fileFetcher(dir, BASE))).rejects.toThrow(/image 1 has label 12/);
  });
});

const realData = join(import.meta.dirname, '../../public/data');
describe('generated archive', () => {
  it.skipIf(!existsSync(join(realData, 'manifest.json')))('decodes MNIST train chunk 0', async () => {
    const fetcher = fileFetcher(realData, '/data/', [], 65536);
    const manifest = await loadManifest('/data', fetcher);
    const request = { baseUrl: '/data', manifest, dataset: 'mnist', split: 'train', count: 5000 } as const;
    const split = await loadArchiveSplit(request, fetcher, new Map(), ignoreProgress);
    expect(split.values).toHaveLength(5000 * 784);
    expect(split.labels?.every((label) => label >= 0 && label <= 9)).toBe(true);
    expect(new Set(split.labels).size).toBe(10);
    const mean = split.values.reduce((sum, value) => sum + value, 0) / split.values.length;
    expect(mean).toBeGreaterThan(0.12);
    expect(mean).toBeLessThan(0.14);
  });
});
