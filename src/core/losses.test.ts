import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { reconstructionLoss } from './losses';
import { buildAutoencoder, disposeAutoencoder } from './model';

describe('reconstructionLoss', () => {
  beforeAll(() => tf.setBackend('cpu'));
  const model = () =>
    buildAutoencoder(
      {
        encoderUnits: [],
        latentSize: 1,
        hiddenActivation: 'relu',
        latentActivation: 'linear',
        outputActivation: 'sigmoid',
        seed: 1,
      },
      2,
      'flags',
    );

  it('computes binary cross-entropy from logits as −[x·log σ(z) + (1−x)·log(1−σ(z))]', () => {
    const autoencoder = model();
    const target = tf.tensor2d([[1, 0]]);
    const logits = tf.tensor2d([[2, -1]]);
    const loss = reconstructionLoss(
      { loss: 'binaryCrossentropy', huberDelta: 1 },
      autoencoder,
      target,
      logits,
    );
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    const expected = -(Math.log(sigmoid(2)) + Math.log(1 - sigmoid(-1))) / 2;
    expect(loss.arraySync()).toBeCloseTo(expected, 6);
    disposeAutoencoder(autoencoder);
  });

  it('applies the output activation before mean squared, absolute and Huber errors', () => {
    const autoencoder = model();
    const target = tf.tensor2d([[1, 0]]);
    const logits = tf.tensor2d([[0, 0]]);
    const settings = { huberDelta: 0.1 };
    expect(
      reconstructionLoss({ ...settings, loss: 'mse' }, autoencoder, target, logits).arraySync(),
    ).toBeCloseTo(0.25);
    expect(
      reconstructionLoss({ ...settings, loss: 'mae' }, autoencoder, target, logits).arraySync(),
    ).toBeCloseTo(0.5);
    // |error| = 0.5 > δ: δ·(|e| − δ/2) = 0.1·0.45.
    expect(
      reconstructionLoss({ ...settings, loss: 'huber' }, autoencoder, target, logits).arraySync(),
    ).toBeCloseTo(0.045);
    disposeAutoencoder(autoencoder);
  });
});
