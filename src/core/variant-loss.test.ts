import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { klDivergence } from './variant-loss';
import { corrupt } from './noise';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('the KL term of the VAE', () => {
  it('matches the closed form KL(N(μ, σ²) ‖ N(0, 1)) = ½ Σ (μ² + σ² − 1 − log σ²), averaged over samples', () => {
    const mean = [
      [0.5, -1],
      [2, 0],
    ];
    const sigma = [
      [1, 0.5],
      [2, 0.1],
    ];
    const closedForm = (m: number, s: number) => 0.5 * (m * m + s * s - 1 - Math.log(s * s));
    const perSample = mean.map((row, i) =>
      row.reduce((sum, m, j) => sum + closedForm(m, sigma[i]?.[j] ?? 1), 0),
    );
    const expected = ((perSample[0] ?? NaN) + (perSample[1] ?? NaN)) / 2;
    const kl = tf.tidy(
      () => klDivergence(tf.tensor2d(mean), tf.log(tf.square(tf.tensor2d(sigma)))).dataSync()[0],
    );
    expect(kl).toBeCloseTo(expected, 5);
  });

  it('is zero exactly at the prior', () => {
    const kl = tf.tidy(() => klDivergence(tf.zeros([3, 4]), tf.zeros([3, 4])).dataSync()[0]);
    expect(kl).toBeCloseTo(0, 7);
  });
});

describe('the noise of the denoising autoencoder', () => {
  const bounds = { low: 0, high: 1 };
  const rows = 200;
  const features = 400;
  const half = () => tf.fill<tf.Rank.R2>([rows, features], 0.5);

  it('adds Gaussian noise of the asked σ (away from the clip bounds)', () => {
    const [mean, std] = tf.tidy(() => {
      const noise = tf.sub(corrupt(half(), { type: 'gaussian', level: 0.1 }, bounds, null, 7), 0.5);
      const moments = tf.moments(noise);
      return [moments.mean.dataSync()[0] ?? NaN, Math.sqrt(moments.variance.dataSync()[0] ?? NaN)];
    });
    expect(Math.abs(mean ?? NaN)).toBeLessThan(0.002);
    expect(std).toBeGreaterThan(0.097);
    expect(std).toBeLessThan(0.103);
  });

  it('sets a share p of the values to salt or pepper, half each', () => {
    const values = tf.tidy(() =>
      corrupt(half(), { type: 'saltPepper', level: 0.2 }, bounds, null, 11).dataSync(),
    );
    const share = (v: number) => values.filter((x) => x === v).length / values.length;
    expect(share(0)).toBeGreaterThan(0.095);
    expect(share(0)).toBeLessThan(0.105);
    expect(share(1)).toBeGreaterThan(0.095);
    expect(share(1)).toBeLessThan(0.105);
  });

  it('masks a share of the values', () => {
    const values = tf.tidy(() => corrupt(half(), { type: 'mask', level: 0.3 }, bounds, null, 5).dataSync());
    const masked = values.filter((x) => x === 0).length / values.length;
    expect(masked).toBeGreaterThan(0.29);
    expect(masked).toBeLessThan(0.31);
  });

  it('blanks one square of the asked side per image', () => {
    const shape = [20, 20, 1] as const;
    const values = tf.tidy(() =>
      corrupt(half(), { type: 'square', level: 0.25 }, bounds, shape, 3).dataSync(),
    );
    for (let row = 0; row < rows; row++) {
      const image = values.subarray(row * features, (row + 1) * features);
      expect(image.filter((x) => x === 0).length).toBe(25);
    }
  });

  it('repeats with the same seed and differs with another', () => {
    const draw = (seed: number) =>
      tf.tidy(() =>
        Array.from(corrupt(half(), { type: 'gaussian', level: 0.1 }, bounds, null, seed).dataSync()),
      );
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });
});
