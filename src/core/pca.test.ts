import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng, normal } from '../datasets/random';
import { disposePca, fitPca, pcaReconstructionMse, projectPca, reconstructPca, type PcaModel } from './pca';

/** `count` orthonormal vectors of length `length` (Gram–Schmidt, twice, on seeded Gaussians), after the
 * given leading vectors, which are kept out of the result. */
function orthonormalVectors(
  length: number,
  count: number,
  seed: number,
  leading: number[][] = [],
): number[][] {
  const rng = createRng(seed);
  const basis = leading.map((vector) => scale(vector, 1 / Math.hypot(...vector)));
  while (basis.length < leading.length + count) {
    let vector = Array.from({ length }, () => normal(rng));
    for (let pass = 0; pass < 2; pass++)
      for (const other of basis) vector = vector.map((value, i) => value - dotOf(vector, other) * other[i]!);
    basis.push(scale(vector, 1 / Math.hypot(...vector)));
  }
  return basis.slice(leading.length);
}

function dotOf(x: number[], y: number[]): number {
  return x.reduce((sum, value, i) => sum + value * y[i]!, 0);
}

function scale(x: number[], factor: number): number[] {
  return x.map((value) => value * factor);
}

/** n × d data whose covariance (over n) is exactly Σⱼ σⱼ² bⱼbⱼᵀ about the mean `offset`: the directions bⱼ are a
 * seeded orthonormal basis, the scores orthonormal columns (× √n) orthogonal to the constant vector. */
function knownData(n: number, sigmas: number[], offset = 0.5): { x: tf.Tensor2D; basis: number[][] } {
  const d = sigmas.length;
  const basis = orthonormalVectors(d, d, 11);
  const scores = orthonormalVectors(n, d, 12, [Array.from({ length: n }, () => 1)]);
  const values = new Float32Array(n * d);
  for (let i = 0; i < n; i++)
    for (let f = 0; f < d; f++) {
      let value = offset + 0.1 * f;
      sigmas.forEach((sigma, j) => (value += Math.sqrt(n) * sigma * scores[j]![i]! * basis[j]![f]!));
      values[i * d + f] = value;
    }
  return { x: tf.tensor2d(values, [n, d]), basis };
}

/** Low-rank structure plus noise: n × d. */
function structuredData(n: number, d: number, rank: number, noise: number): tf.Tensor2D {
  return tf.tidy(() => {
    const scores = tf.randomNormal<tf.Rank.R2>([n, rank], 0, 1, 'float32', 21);
    const loadings = tf.randomNormal<tf.Rank.R2>([rank, d], 0, 1, 'float32', 22);
    const decay = tf.reshape(tf.linspace(1, 0.1, rank), [rank, 1]);
    const signal = tf.matMul(scores, tf.mul(loadings, decay));
    return tf.add(signal, tf.randomNormal<tf.Rank.R2>([n, d], 0, noise, 'float32', 23));
  });
}

function rowsOf(tensor: tf.Tensor2D): number[][] {
  return tensor.arraySync();
}

function expectOrthonormalRows(model: PcaModel): void {
  const rows = rowsOf(model.components);
  rows.forEach((row, i) =>
    rows.forEach((other, j) => expect(Math.abs(dotOf(row, other) - (i === j ? 1 : 0))).toBeLessThan(1e-5)),
  );
}

const sigmas = Array.from({ length: 24 }, (_, j) => 6 * 0.8 ** j);

describe('fitPca', () => {
  beforeAll(() => tf.setBackend('cpu'));

  it('recovers a known basis and its variances by subspace iteration', () => {
    const { x, basis } = knownData(400, sigmas);
    const model = fitPca(x, 4);
    expect(model.components.shape).toEqual([4, 24]);
    rowsOf(model.components).forEach((row, j) =>
      expect(Math.abs(dotOf(row, basis[j]!))).toBeGreaterThan(0.9999),
    );
    Array.from(model.explainedVariance).forEach((variance, j) =>
      expect(variance).toBeCloseTo(sigmas[j]! ** 2, 3),
    );
    expect(model.totalVariance).toBeCloseTo(
      sigmas.reduce((sum, sigma) => sum + sigma ** 2, 0),
      3,
    );
    expect(Array.from(model.mean.dataSync())[5]).toBeCloseTo(0.5 + 0.1 * 5, 5);
    expectOrthonormalRows(model);
    disposePca(model);
    x.dispose();
  });

  it('converges in a few iterations across a small eigengap (oversampled block) and then stops early', () => {
    const close = [3, 2.9, 2.8, 2.75, 2.7, ...Array.from({ length: 19 }, (_, j) => 0.5 * 0.9 ** j)];
    const { x, basis } = knownData(400, close);
    const model = fitPca(x, 3, { iterations: 6 });
    rowsOf(model.components).forEach((row, j) =>
      expect(Math.abs(dotOf(row, basis[j]!))).toBeGreaterThan(0.9999),
    );
    const fit = (iterations: number) => {
      const other = fitPca(x, 3, { iterations });
      const values = Array.from(other.components.dataSync());
      disposePca(other);
      return values;
    };
    expect(fit(1000)).toEqual(fit(50));
    disposePca(model);
    x.dispose();
  });

  it('reconstructs exactly with a full basis (k = d and k > d)', async () => {
    const { x } = knownData(300, sigmas.slice(0, 10));
    for (const k of [10, 15]) {
      const model = fitPca(x, k);
      expect(model.components.shape).toEqual([10, 10]);
      expect(model.explainedVariance).toHaveLength(10);
      expectOrthonormalRows(model);
      const error = tf.tidy(() => tf.max(tf.abs(tf.sub(reconstructPca(model, x), x))).dataSync()[0]);
      expect(error).toBeLessThan(1e-4);
      expect(await pcaReconstructionMse(model, x)).toBeLessThan(1e-9);
      disposePca(model);
    }
    x.dispose();
  });

  it('has a reconstruction MSE equal to the discarded eigenvalues over d', async () => {
    const { x } = knownData(400, sigmas);
    for (const k of [1, 3, 6]) {
      const model = fitPca(x, k);
      const discarded = sigmas.slice(k).reduce((sum, sigma) => sum + sigma ** 2, 0);
      const explained = Array.from(model.explainedVariance).reduce((sum, value) => sum + value, 0);
      const mse = await pcaReconstructionMse(model, x);
      expect(mse / (discarded / 24)).toBeCloseTo(1, 4);
      expect(mse / ((model.totalVariance - explained) / 24)).toBeCloseTo(1, 4);
      disposePca(model);
    }
    x.dispose();
  });

  it('holds the MSE identity on data without a designed spectrum', async () => {
    const x = structuredData(1500, 60, 12, 0.3);
    const model = fitPca(x, 7);
    const explained = Array.from(model.explainedVariance).reduce((sum, value) => sum + value, 0);
    const mse = await pcaReconstructionMse(model, x);
    expect(mse / ((model.totalVariance - explained) / 60)).toBeCloseTo(1, 3);
    disposePca(model);
    x.dispose();
  });

  it('projects the training data to centred, uncorrelated scores with the explained variances', () => {
    const x = structuredData(1000, 40, 8, 0.2);
    const model = fitPca(x, 5);
    const scores = rowsOf(projectPca(model, x));
    const n = scores.length;
    const variances = Array.from(model.explainedVariance);
    for (let i = 0; i < 5; i++) {
      const column = scores.map((row) => row[i]!);
      expect(Math.abs(column.reduce((sum, value) => sum + value, 0) / n)).toBeLessThan(1e-4);
      for (let j = 0; j < 5; j++) {
        const covariance =
          dotOf(
            column,
            scores.map((row) => row[j]!),
          ) / n;
        if (i === j) expect(covariance / variances[i]!).toBeCloseTo(1, 4);
        else expect(Math.abs(covariance)).toBeLessThan(1e-4 * variances[0]!);
      }
    }
    for (let i = 1; i < 5; i++) expect(variances[i]!).toBeLessThanOrEqual(variances[i - 1]!);
    disposePca(model);
    x.dispose();
  });

  it('agrees with the full decomposition (k ≥ d) on the leading components', () => {
    const x = structuredData(800, 30, 10, 0.3);
    const partial = fitPca(x, 4);
    const full = fitPca(x, 30);
    const fullRows = rowsOf(full.components);
    rowsOf(partial.components).forEach((row, j) => expect(dotOf(row, fullRows[j]!)).toBeGreaterThan(0.9999));
    Array.from(partial.explainedVariance).forEach((variance, j) =>
      expect(variance / full.explainedVariance[j]!).toBeCloseTo(1, 4),
    );
    tf.dispose([x]);
    disposePca(partial);
    disposePca(full);
  });

  it('gives orthonormal components and exact reconstructions when k exceeds the rank', async () => {
    const x = structuredData(200, 30, 2, 0);
    const model = fitPca(x, 5);
    expect(model.components.shape).toEqual([5, 30]);
    expectOrthonormalRows(model);
    const variances = Array.from(model.explainedVariance);
    variances.slice(2).forEach((variance) => expect(variance).toBeLessThan(1e-5 * variances[0]!));
    expect(await pcaReconstructionMse(model, x)).toBeLessThan(1e-6 * model.totalVariance);
    disposePca(model);
    x.dispose();
  });

  it('is deterministic for a seed and lands on the same components from another seed', () => {
    const x = structuredData(600, 40, 10, 0.3);
    const fit = (seed: number) => {
      const model = fitPca(x, 3, { seed });
      const result = {
        components: Array.from(model.components.dataSync()),
        variances: model.explainedVariance,
      };
      disposePca(model);
      return result;
    };
    const first = fit(7);
    expect(fit(7)).toEqual(first);
    const other = fit(8);
    expect(other.components).not.toEqual(first.components);
    other.components.forEach((value, i) => expect(value).toBeCloseTo(first.components[i]!, 3));
    x.dispose();
  });

  it('leaks no tensors through fit, projection, reconstruction, MSE and dispose', async () => {
    const x = structuredData(300, 20, 5, 0.2);
    const before = tf.memory().numTensors;
    const model = fitPca(x, 3, { iterations: 5 });
    tf.dispose([projectPca(model, x), reconstructPca(model, x)]);
    await pcaReconstructionMse(model, x);
    disposePca(model);
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  });

  it('rejects a bad k, iteration count or seed', () => {
    const x = tf.zeros<tf.Rank.R2>([4, 3]);
    const before = tf.memory().numTensors;
    expect(() => fitPca(x, 0)).toThrow(RangeError);
    expect(() => fitPca(x, 1.5)).toThrow(RangeError);
    expect(() => fitPca(x, 2, { iterations: -1 })).toThrow(RangeError);
    expect(() => fitPca(x, 2, { seed: 0 })).toThrow(RangeError);
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  });

  it('iterates without leaks through a spectrum steeper than float32 resolves', () => {
    const steep = Array.from({ length: 40 }, (_, j) => 4 * 0.5 ** j);
    const { x, basis } = knownData(400, steep);
    const before = tf.memory().numTensors;
    const model = fitPca(x, 4);
    rowsOf(model.components).forEach((row, j) =>
      expect(Math.abs(dotOf(row, basis[j]!))).toBeGreaterThan(0.9999),
    );
    Array.from(model.explainedVariance).forEach((variance, j) =>
      expect(variance / steep[j]! ** 2).toBeCloseTo(1, 3),
    );
    expectOrthonormalRows(model);
    disposePca(model);
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  });

  it('gives orthonormal components and zero variances for constant data (Householder fallback)', () => {
    const x = tf.fill<tf.Rank.R2>([50, 40], 3);
    const before = tf.memory().numTensors;
    for (const options of [{}, { iterations: 3, tolerance: 0 }]) {
      const model = fitPca(x, 3, options);
      expectOrthonormalRows(model);
      expect(Array.from(model.explainedVariance)).toEqual([0, 0, 0]);
      expect(model.totalVariance).toBe(0);
      disposePca(model);
    }
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  });

  it('agrees with the full decomposition with fewer rows than columns', () => {
    const x = structuredData(40, 100, 6, 0.01);
    const partial = fitPca(x, 3);
    const full = fitPca(x, 100);
    const fullRows = rowsOf(full.components);
    rowsOf(partial.components).forEach((row, j) => expect(dotOf(row, fullRows[j]!)).toBeGreaterThan(0.9999));
    Array.from(partial.explainedVariance).forEach((variance, j) =>
      expect(variance / full.explainedVariance[j]!).toBeCloseTo(1, 4),
    );
    Array.from(full.explainedVariance.slice(40)).forEach((variance) =>
      expect(variance).toBeLessThan(1e-5 * full.explainedVariance[0]!),
    );
    tf.dispose([x]);
    disposePca(partial);
    disposePca(full);
  });

  it('fits 2,000 × 784 with k = 32', async () => {
    const x = structuredData(2000, 784, 40, 0.1);
    const model = fitPca(x, 32);
    expect(model.components.shape).toEqual([32, 784]);
    expectOrthonormalRows(model);
    const explained = Array.from(model.explainedVariance).reduce((sum, value) => sum + value, 0);
    expect(explained / model.totalVariance).toBeGreaterThan(0.9);
    const mse = await pcaReconstructionMse(model, x);
    expect(mse / ((model.totalVariance - explained) / 784)).toBeCloseTo(1, 2);
    disposePca(model);
    x.dispose();
  });
});
