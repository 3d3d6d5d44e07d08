import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { clipGradients, globalNorm } from './clipping';

const gradients = () => ({ a: tf.tensor1d([3, -4, 12]), b: tf.tensor2d([[0.5, -84]]) });

describe('clipGradients', () => {
  beforeAll(() => tf.setBackend('cpu'));

  it('caps the global norm at the threshold and keeps the direction', () => {
    const original = gradients();
    const clipped = clipGradients(original, { clipping: 'norm', clipThreshold: 2 });
    expect(globalNorm(original).arraySync()).toBeGreaterThan(80);
    expect(globalNorm(clipped).arraySync()).toBeCloseTo(2, 5);
    const ratio = tf.div(clipped['a'] as tf.Tensor, original.a).arraySync() as number[];
    expect(new Set(ratio.map((r) => r.toFixed(6))).size).toBe(1);
  });

  it('leaves gradients under the norm threshold unchanged', () => {
    const original = gradients();
    const clipped = clipGradients(original, { clipping: 'norm', clipThreshold: 1000 });
    expect((clipped['b'] as tf.Tensor).arraySync()).toEqual(original.b.arraySync());
  });

  it('bounds every value when clipping by value', () => {
    const clipped = clipGradients(gradients(), { clipping: 'value', clipThreshold: 1 });
    expect((clipped['a'] as tf.Tensor).arraySync()).toEqual([1, -1, 1]);
    expect((clipped['b'] as tf.Tensor).arraySync()).toEqual([[0.5, -1]]);
  });

  it('passes gradients through when clipping is off', () => {
    const original = gradients();
    expect(clipGradients(original, { clipping: 'none', clipThreshold: 1 })).toBe(original);
  });
});
