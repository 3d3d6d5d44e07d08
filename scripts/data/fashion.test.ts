import { describe, expect, it } from 'vitest';
import {
  createRng,
  interleaveClasses,
  interleavedLabels,
  parseFashionClass,
  splitFashionClasses,
} from './fashion.mjs';

/** The largest difference between class counts over every prefix of `labels`, while all classes last. */
function worstImbalance(labels: number[], classCount: number, upTo: number): number {
  const counts = new Array<number>(classCount).fill(0);
  let worst = 0;
  labels.slice(0, upTo).forEach((label) => {
    counts[label] = (counts[label] ?? 0) + 1;
    worst = Math.max(worst, Math.max(...counts) - Math.min(...counts));
  });
  return worst;
}

/** A one-pixel image per entry, its value naming class and position. */
const images = (label: number, count: number) =>
  Array.from({ length: count }, (_, i) => Uint8Array.of(label * 20 + i));

describe('parseFashionClass', () => {
  it('skips empty rows and keeps the rest in order', () => {
    const parsed = parseFashionClass({ data: [[1, 2], [], [3, 4], []] }, '0.json', 2);
    expect(parsed.skippedRows).toEqual([1, 3]);
    expect(parsed.images.map((image) => [...image])).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('rejects rows of the wrong length, values outside 0..255 and a file without data', () => {
    expect(() => parseFashionClass({ data: [[1, 2, 3]] }, '1.json', 2)).toThrow(
      /1\.json: row 0 has 3 values/,
    );
    expect(() => parseFashionClass({ data: [[1, 256]] }, '2.json', 2)).toThrow(/row 0 has a value/);
    expect(() => parseFashionClass({ data: [[1, 0.5]] }, '2.json', 2)).toThrow(/not an integer/);
    expect(() => parseFashionClass({ images: [] }, '3.json', 2)).toThrow(/expected \{"data"/);
  });
});

describe('splitFashionClasses', () => {
  it('puts the first images of each class in train and keeps any extras in test', () => {
    const { train, test } = splitFashionClasses([images(0, 5), images(1, 4)], 3);
    expect(train.map((c) => c.map((image) => image[0]))).toEqual([
      [0, 1, 2],
      [20, 21, 22],
    ]);
    expect(test.map((c) => c.map((image) => image[0]))).toEqual([[3, 4], [23]]);
  });

  it('refuses a class too small to split', () => {
    expect(() => splitFashionClasses([images(0, 5), images(1, 3)], 3)).toThrow(/class 1 has 3 images/);
  });
});

describe('interleaving', () => {
  it('keeps every prefix class-balanced', () => {
    const labels = interleavedLabels(new Array<number>(10).fill(600), createRng(1));
    expect(labels).toHaveLength(6000);
    expect(worstImbalance(labels, 10, labels.length)).toBe(1);
  });

  it('is the same for the same seed and differs for another', () => {
    const sizes = [50, 50, 50];
    expect(interleavedLabels(sizes, createRng(7))).toEqual(interleavedLabels(sizes, createRng(7)));
    expect(interleavedLabels(sizes, createRng(7))).not.toEqual(interleavedLabels(sizes, createRng(8)));
  });

  it('puts the extra images of a larger class at the end', () => {
    const labels = interleavedLabels([4, 2, 2], createRng(3));
    expect(worstImbalance(labels, 3, 6)).toBe(1);
    expect(labels.slice(6)).toEqual([0, 0]);
  });

  it('moves each image with its label and keeps the order within a class', () => {
    const split = interleaveClasses([images(0, 3), images(1, 3), images(2, 3)], createRng(5), 1);
    const byClass = [0, 1, 2].map((label) =>
      [...split.labels].flatMap((l, i) => (l === label ? [split.pixels[i]] : [])),
    );
    expect(byClass).toEqual([
      [0, 1, 2],
      [20, 21, 22],
      [40, 41, 42],
    ]);
  });
});
