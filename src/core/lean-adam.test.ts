import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LeanAdamOptimizer } from './lean-adam';

/** Trains a small least-squares problem with `optimizer` and returns the weights after `steps` updates. */
function train(optimizer: tf.Optimizer, steps: number): number[] {
  const x = tf.randomNormal<tf.Rank.R2>([32, 5], 0, 1, 'float32', 7);
  const y = tf.randomNormal<tf.Rank.R2>([32, 3], 0, 1, 'float32', 8);
  const weights = tf.variable(tf.randomNormal<tf.Rank.R2>([5, 3], 0, 1, 'float32', 9));
  const bias = tf.variable(tf.zeros<tf.Rank.R1>([3]));
  for (let step = 0; step < steps; step++)
    optimizer.minimize(() =>
      tf.losses.meanSquaredError<tf.Tensor, tf.Scalar>(y, tf.add(tf.matMul(x, weights), bias)),
    );
  const values = [...weights.dataSync(), ...bias.dataSync()];
  tf.dispose([x, y, weights, bias]);
  return values;
}

const largestDifference = (a: number[], b: number[]) =>
  Math.max(...a.map((value, i) => Math.abs(value - (b[i] ?? Number.NaN))));

describe.each(['cpu', 'wasm'])('LeanAdamOptimizer on %s', (backend) => {
  beforeAll(() => tf.setBackend(backend));
  afterAll(() => tf.setBackend('cpu'));

  it('moves the weights as tfjs’s Adam does, step for step, with a large epsilon too', () => {
    const start = train(tf.train.sgd(0), 1);
    for (const [rate, epsilon] of [
      [0.01, 1e-7],
      [0.05, 0.1],
    ] as const) {
      const ours = new LeanAdamOptimizer(rate, 0.9, 0.999, epsilon);
      const theirs = tf.train.adam(rate, 0.9, 0.999, epsilon);
      const oursAfter = train(ours, 50);
      const theirsAfter = train(theirs, 50);
      expect(largestDifference(oursAfter, theirsAfter)).toBeLessThan(1e-5);
      // The weights did move (50 steps of about the learning rate): not two untouched copies compared.
      expect(largestDifference(oursAfter, start)).toBeGreaterThan(rate * 10);
      ours.dispose();
      theirs.dispose();
    }
  });

  it('keeps tfjs’s state: the step count, the moments by name, no tensor left behind', async () => {
    const ours = new LeanAdamOptimizer(0.01, 0.9, 0.999, 1e-7);
    const weights = tf.variable(tf.ones<tf.Rank.R2>([3, 2]));
    const bias = tf.variable(tf.zeros<tf.Rank.R1>([2]));
    const step = () =>
      ours.minimize(() => tf.sum<tf.Scalar>(tf.square(tf.add(weights, bias))), false, [weights, bias]);
    step();
    const before = tf.memory().numTensors;
    step();
    step();
    expect(tf.memory().numTensors).toBe(before);
    expect(ours.iterations).toBe(3);
    const names = (await ours.getWeights()).map((weight) => weight.name);
    expect(names.filter((name) => name.endsWith('/m'))).toHaveLength(2);
    expect(names.filter((name) => name.endsWith('/v'))).toHaveLength(2);
    expect(ours.getClassName()).toBe('Adam');
    tf.dispose([weights, bias]);
    ours.dispose();
  });

  it('runs fewer kernels than tfjs’s Adam on a model’s eight weights', async () => {
    const kernels = async (optimizer: tf.Optimizer) => {
      const weights = Array.from({ length: 8 }, () => tf.variable(tf.ones<tf.Rank.R2>([4, 4])));
      const update = () =>
        tf.tidy(() =>
          optimizer.applyGradients(Object.fromEntries(weights.map((w) => [w.name, tf.onesLike(w)]))),
        );
      update();
      const profile = await tf.profile(update);
      tf.dispose(weights);
      optimizer.dispose();
      return profile.kernels.map((kernel) => kernel.name);
    };
    const ours = await kernels(new LeanAdamOptimizer(0.01, 0.9, 0.999, 1e-7));
    const theirs = await kernels(tf.train.adam(0.01, 0.9, 0.999, 1e-7));
    expect(ours.length).toBeLessThan(theirs.length);
    // On WASM, one pass per weight.
    const onePass = ours.filter((name) => name === 'AutoencoderAdamUpdate');
    expect(onePass).toHaveLength(backend === 'wasm' ? 8 : 0);
  });
});
