import { describe, expect, it } from 'vitest';
import { parseIdx, parseIdxImageSet } from './idx.mjs';

/** An IDX file of unsigned bytes with the given dimensions and values. */
function idx(dims: number[], values: number[], magic = 0x0800 | dims.length): Uint8Array {
  const bytes = new Uint8Array(4 + 4 * dims.length + values.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, magic);
  dims.forEach((size, i) => view.setUint32(4 + 4 * i, size));
  bytes.set(values, 4 + 4 * dims.length);
  return bytes;
}

describe('parseIdx', () => {
  it('reads the dimensions and the values after a good header', () => {
    const parsed = parseIdx(idx([2, 2, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), 'images', 3);
    expect(parsed.dims).toEqual([2, 2, 3]);
    expect([...parsed.data]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('rejects a bad magic number, naming the file and both numbers', () => {
    const gzipped = idx([1], [0], 0x1f8b0808);
    expect(() => parseIdx(gzipped, 'labels.gz', 1)).toThrow(
      /labels\.gz: magic number 0x1f8b0808 is not 0x00000801/,
    );
  });

  it('rejects a file with the wrong number of dimensions', () => {
    expect(() => parseIdx(idx([3], [1, 2, 3]), 'labels', 3)).toThrow(/0x00000801 is not 0x00000803/);
  });

  it('rejects a truncated file, a file that ends in its header and one with extra bytes', () => {
    expect(() => parseIdx(idx([2, 4], [1, 2, 3, 4, 5]), 'images', 2)).toThrow(
      /images: the file is truncated: dimensions 2×4 need 8 bytes of data, found 5/,
    );
    expect(() => parseIdx(idx([2, 4], []).subarray(0, 9), 'images', 2)).toThrow(/ends inside its IDX header/);
    expect(() => parseIdx(new Uint8Array(2), 'empty', 1)).toThrow(/too short/);
    expect(() => parseIdx(idx([1], [1, 2]), 'labels', 1)).toThrow(/longer than its header says/);
  });
});

describe('parseIdxImageSet', () => {
  const files = (imageCount: number, labels: number[]) => ({
    images: idx(
      [imageCount, 2, 2],
      Array.from({ length: imageCount * 4 }, (_, i) => i),
    ),
    labels: idx([labels.length], labels),
    imagesName: 'images',
    labelsName: 'labels',
  });
  const expected = { rows: 2, columns: 2, classCount: 3 };

  it('pairs images with labels', () => {
    const set = parseIdxImageSet(files(2, [2, 0]), expected);
    expect(set.count).toBe(2);
    expect([...set.labels]).toEqual([2, 0]);
    expect(set.pixels.length).toBe(8);
  });

  it('rejects mismatched counts, a wrong image size and out-of-range labels', () => {
    expect(() => parseIdxImageSet(files(2, [0]), expected)).toThrow(/labels has 1 labels for 2 images/);
    expect(() => parseIdxImageSet(files(1, [0]), { ...expected, rows: 28 })).toThrow(/2×2, expected 28×2/);
    expect(() => parseIdxImageSet(files(2, [0, 3]), expected)).toThrow(/label 3 at index 1 is not below 3/);
  });
});
