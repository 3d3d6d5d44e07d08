import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { sigmoidCrossEntropy } from './sigmoid-cross-entropy';

function expectClose(actual: tf.Tensor, expected: tf.Tensor, tolerance: number): void {
  const difference = tf.tidy(() => tf.max(tf.abs(tf.sub(actual, expected))).arraySync() as number);
  expect(difference).toBeLessThan(tolerance);
}

describe('sigmoidCrossEntropy', () => {
  beforeAll(() => tf.setBackend('cpu'));

  it('has the value and both gradients of tf.losses.sigmoidCrossEntropy, for large logits too', () => {
    const target = tf.randomUniform<tf.Rank.R2>([16, 12], 0, 1, 'float32', 3);
    const logits = tf.concat([
      tf.randomNormal<tf.Rank.R2>([15, 12], 0, 3, 'float32', 4),
      tf.tensor2d([[-80, -20, -1, 0, 1, 20, 80, 0.5, -0.5, 5, -5, 100]]),
    ]);
    const ours = (z: tf.Tensor, x: tf.Tensor) => sigmoidCrossEntropy(z as tf.Tensor2D, x as tf.Tensor2D);
    const theirs = (z: tf.Tensor, x: tf.Tensor) => tf.losses.sigmoidCrossEntropy<tf.Tensor, tf.Scalar>(z, x);
    expectClose(ours(target, logits), theirs(target, logits), 1e-6);
    const [ourTarget, ourLogits] = tf.grads(ours)([target, logits]) as [tf.Tensor, tf.Tensor];
    const [theirTarget, theirLogits] = tf.grads(theirs)([target, logits]) as [tf.Tensor, tf.Tensor];
    expectClose(ourLogits, theirLogits, 1e-7);
    expectClose(ourTarget, theirTarget, 1e-7);
    expect(Number.isFinite(ours(target, logits).arraySync())).toBe(true);
  });

  it('scales its gradient by the upstream gradient', () => {
    const target = tf.tensor2d([[1, 0]]);
    const logits = tf.tensor2d([[0, 0]]);
    const [, gradient] = tf.grads((z: tf.Tensor, x: tf.Tensor) =>
      tf.mul(sigmoidCrossEntropy(z as tf.Tensor2D, x as tf.Tensor2D), 4),
    )([target, logits]) as [tf.Tensor, tf.Tensor];
    // (σ(0) − z)/2 · 4 = ∓1.
    expect(gradient.arraySync()).toEqual([[-1, 1]]);
  });

  it('runs its value and gradient in fewer kernels than autodiff through the stable form', async () => {
    const target = tf.randomUniform<tf.Rank.R2>([4, 3], 0, 1, 'float32', 5);
    const logits = tf.randomNormal<tf.Rank.R2>([4, 3], 0, 1, 'float32', 6);
    const kernels = async (loss: (z: tf.Tensor, x: tf.Tensor) => tf.Scalar) => {
      const profile = await tf.profile(() => tf.valueAndGrads(loss)([target, logits]));
      return profile.kernels.length;
    };
    const ours = await kernels((z, x) => sigmoidCrossEntropy(z as tf.Tensor2D, x as tf.Tensor2D));
    const theirs = await kernels((z, x) => tf.losses.sigmoidCrossEntropy<tf.Tensor, tf.Scalar>(z, x));
    expect(ours).toBeLessThan(theirs * 0.75);
  });
});
