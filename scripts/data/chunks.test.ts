import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeChunk, encodeChunk, splitIntoChunks } from './chunks.mjs';
import { FORMAT_VERSION, checkFreshness, writeSplit } from './manifest.mjs';

const PIXELS = 4;
const block = (count: number) => ({
  labels: Uint8Array.from({ length: count }, (_, i) => i % 10),
  pixels: Uint8Array.from({ length: count * PIXELS }, (_, i) => (i * 37) % 256),
});

describe('chunks', () => {
  it('round-trips labels and pixels, and encodes the same images to the same bytes', async () => {
    const images = block(5);
    const compressed = await encodeChunk(images, PIXELS);
    expect([...compressed.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    const decoded = decodeChunk(compressed, PIXELS);
    expect([...decoded.labels]).toEqual([...images.labels]);
    expect([...decoded.pixels]).toEqual([...images.pixels]);
    expect((await encodeChunk(images, PIXELS)).equals(compressed)).toBe(true);
  });

  it('rejects pixels that do not match the label count', async () => {
    await expect(
      encodeChunk({ labels: new Uint8Array(2), pixels: new Uint8Array(7) }, PIXELS),
    ).rejects.toThrow(/2 images needs 8 pixels, got 7/);
  });

  it('cuts a split into full chunks and a shorter last one', () => {
    const chunks = splitIntoChunks(block(7), 3, PIXELS);
    expect(chunks.map((chunk) => chunk.labels.length)).toEqual([3, 3, 1]);
    expect(chunks.map((chunk) => chunk.pixels.length)).toEqual([12, 12, 4]);
    expect(chunks[2]?.labels[0]).toBe(6);
  });
});

describe('manifest freshness', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  async function writeArchive(): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'prepare-data-'));
    dirs.push(dir);
    const split = await writeSplit(dir, 'toy', 'train', block(5), { chunkSize: 2, pixelsPerImage: PIXELS });
    expect(split.chunks.map((chunk) => [chunk.file, chunk.count, chunk.bytes])).toEqual([
      ['toy/train-0.chunk', 2, 10],
      ['toy/train-1.chunk', 2, 10],
      ['toy/train-2.chunk', 1, 5],
    ]);
    const dataset = {
      label: 'Toy',
      imageShape: [2, 2, 1],
      classes: ['a'],
      splits: { train: split, test: split },
    };
    const manifest = { formatVersion: FORMAT_VERSION, sources: { toy: '1.0.0' }, datasets: { toy: dataset } };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    return dir;
  }

  it('is up to date right after writing', async () => {
    expect(checkFreshness(await writeArchive(), { toy: '1.0.0' }, ['toy'])).toEqual({ upToDate: true });
  });

  it('is stale when the manifest is missing, the sources change or a chunk changes size', async () => {
    const dir = await writeArchive();
    expect(checkFreshness(dir, { toy: '1.0.1' }, ['toy'])).toMatchObject({
      reason: /source packages changed/,
    });
    expect(checkFreshness(dir, { toy: '1.0.0' }, ['toy', 'more'])).toMatchObject({
      reason: /data sets changed/,
    });
    truncateSync(join(dir, 'toy/train-1.chunk'), 3);
    expect(checkFreshness(dir, { toy: '1.0.0' }, ['toy'])).toMatchObject({
      reason: 'toy/train-1.chunk is missing or has the wrong size',
    });
    rmSync(join(dir, 'manifest.json'));
    expect(checkFreshness(dir, { toy: '1.0.0' }, ['toy'])).toMatchObject({ upToDate: false });
  });

  it('is stale when the format version differs', async () => {
    const dir = await writeArchive();
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ formatVersion: FORMAT_VERSION + 1 }));
    expect(checkFreshness(dir, { toy: '1.0.0' }, ['toy'])).toMatchObject({ reason: /format version/ });
  });
});
