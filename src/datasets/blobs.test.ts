import { describe, expect, it } from 'vitest';
import { blobClassNames, drawBlobCentres, generateBlobs } from './blobs';
import type { Split } from './dataset';
import { createRng } from './random';

const options = { dimensions: 4, clusters: 5, spread: 0.05 };
const make = (count: number, sampleSeed: number, centreSeed: number, spread = options.spread) =>
  generateBlobs(count, { ...options, spread }, createRng(sampleSeed), createRng(centreSeed));

/** Per cluster: the mean of its samples and the standard deviation of their offsets from `centres`. */
function clusterStats(split: Split, centres: Float64Array) {
  const { dimensions, clusters } = options;
  const sums = new Float64Array(clusters * dimensions);
  const squares = new Float64Array(clusters);
  const counts = new Float64Array(clusters);
  for (let i = 0; i < split.count; i++) {
    const cluster = split.labels?.[i] ?? -1;
    counts[cluster]! += 1;
    for (let d = 0; d < dimensions; d++) {
      const value = split.values[i * dimensions + d]!;
      sums[cluster * dimensions + d]! += value;
      squares[cluster]! += (value - centres[cluster * dimensions + d]!) ** 2;
    }
  }
  const means = sums.map((sum, index) => sum / counts[Math.floor(index / dimensions)]!);
  const stds = squares.map((square, cluster) => Math.sqrt(square / (counts[cluster]! * dimensions)));
  return { means, stds, counts };
}

describe('generateBlobs', () => {
  it('makes count × dimensions values in [0, 1] with a cluster label each', () => {
    const split = make(600, 1, 2);
    expect(split.count).toBe(600);
    expect(split.values.length).toBe(600 * 4);
    expect(Math.min(...split.values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...split.values)).toBeLessThanOrEqual(1);
    expect(split.labels?.length).toBe(600);
    expect(new Set(split.labels)).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it('keeps values in [0, 1] even when the spread is wide', () => {
    const split = make(300, 1, 2, 0.8);
    expect(Math.min(...split.values)).toBe(0);
    expect(Math.max(...split.values)).toBe(1);
  });

  it('draws centres inside [0.15, 0.85]', () => {
    const centres = drawBlobCentres(8, 10, createRng(5));
    expect(Math.min(...centres)).toBeGreaterThanOrEqual(0.15);
    expect(Math.max(...centres)).toBeLessThanOrEqual(0.85);
    expect(Math.max(...centres) - Math.min(...centres)).toBeGreaterThan(0.4);
  });

  it('is the same for the same seeds and differs for another sample or centre seed', () => {
    const split = make(200, 1, 2);
    expect(make(200, 1, 2)).toEqual(split);
    expect(make(200, 3, 2).values).not.toEqual(split.values);
    expect(make(200, 1, 4).values).not.toEqual(split.values);
  });

  it('puts each cluster’s samples around its centre with the given spread', () => {
    const centres = drawBlobCentres(options.dimensions, options.clusters, createRng(2));
    const { means, stds, counts } = clusterStats(make(3000, 1, 2), centres);
    for (const count of counts) expect(count).toBeGreaterThan(450);
    for (let i = 0; i < means.length; i++) expect(Math.abs(means[i]! - centres[i]!)).toBeLessThan(0.01);
    for (const std of stds) expect(std).toBeCloseTo(0.05, 2);
  });

  it('gives the validation split the same centres when it gets the same centre stream', () => {
    const centres = drawBlobCentres(options.dimensions, options.clusters, createRng(2));
    const train = clusterStats(make(2000, 1, 2), centres).means;
    const validation = clusterStats(make(2000, 9, 2), centres).means;
    const elsewhere = clusterStats(make(2000, 9, 3), centres).means;
    const gap = (a: Float64Array, b: Float64Array) =>
      Math.max(...a.map((value, i) => Math.abs(value - b[i]!)));
    expect(gap(train, validation)).toBeLessThan(0.015);
    expect(gap(train, elsewhere)).toBeGreaterThan(0.1);
  });
});

describe('blobClassNames', () => {
  it('names the clusters from 1', () => {
    expect(blobClassNames(3)).toEqual(['cluster 1', 'cluster 2', 'cluster 3']);
    expect(blobClassNames(0)).toEqual([]);
  });
});
