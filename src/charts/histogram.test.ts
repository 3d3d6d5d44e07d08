import { describe, expect, it } from 'vitest';
import { histogram, niceTicks, summarise } from './histogram';

describe('histogram', () => {
  it('counts values in equal-width bins, the largest in the last bin', () => {
    const { edges, counts } = histogram(Float32Array.from([0, 0.1, 0.5, 0.9, 1]), 4);
    expect(edges).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(counts).toEqual([2, 0, 1, 2]);
  });

  it('skips values that are not finite', () => {
    expect(histogram([1, NaN, 3, Infinity], 2).counts).toEqual([1, 1]);
  });

  it('gives a span of the magnitude when all values are alike, and of 1 for zeros', () => {
    expect(histogram([2, 2, 2], 2)).toEqual({ edges: [2, 3, 4], counts: [3, 0] });
    expect(histogram([0, 0], 2)).toEqual({ edges: [0, 0.5, 1], counts: [2, 0] });
  });

  it('gives empty bins over [0, 1] without values', () => {
    expect(histogram([], 2)).toEqual({ edges: [0, 0.5, 1], counts: [0, 0] });
  });

  it('counts every value once', () => {
    const values = Float32Array.from({ length: 10_000 }, (_, i) => Math.sin(i) ** 2);
    const { counts } = histogram(values, 20);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(10_000);
  });
});

describe('summarise', () => {
  it('gives the mean, median and largest value', () => {
    expect(summarise(Float32Array.from([4, 1, 3]))).toEqual({ count: 3, mean: 8 / 3, median: 3, max: 4 });
    expect(summarise([4, 1, 3, 2])?.median).toBe(2.5);
  });

  it('skips values that are not finite and gives null without any', () => {
    expect(summarise([NaN, 2])).toEqual({ count: 1, mean: 2, median: 2, max: 2 });
    expect(summarise([])).toBeNull();
  });
});

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten inside the range', () => {
    expect(niceTicks(0, 100, 4)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0, 3800, 3)).toEqual([0, 1000, 2000, 3000]);
    expect(niceTicks(0, 0.0123, 5)).toEqual([0, 0.002, 0.004, 0.006, 0.008, 0.01, 0.012]);
    expect(niceTicks(0.013, 0.094, 4)).toEqual([0.02, 0.04, 0.06, 0.08]);
  });

  it('gives the low end alone for an empty range', () => {
    expect(niceTicks(3, 3, 4)).toEqual([3]);
  });
});
