import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { layerWidths, parameterCount } from '../settings/model-shape';
import { buildAutoencoder, disposeAutoencoder, encode, reconstruct } from './model';

const settings = {
  encoderUnits: [6, 4],
  latentSize: 2,
  hiddenActivation: 'tanh' as const,
  latentActivation: 'linear' as const,
  outputActivation: 'sigmoid' as const,
  seed: 3,
};

describe('buildAutoencoder', () => {
  beforeAll(() => tf.setBackend('cpu'));

  it('mirrors the encoder in the decoder and has the counted parameters', () => {
    const model = buildAutoencoder(settings, 10, 'flags');
    const shapes = model.variables.map((variable) => variable.shape);
    expect(shapes.filter((shape) => shape.length === 2)).toEqual([
      [10, 6],
      [6, 4],
      [4, 2],
      [2, 4],
      [4, 6],
      [6, 10],
    ]);
    const total = model.variables.reduce((sum, variable) => sum + variable.size, 0);
    expect(total).toBe(parameterCount(layerWidths([6, 4], 2, 10)));
    disposeAutoencoder(model);
  });

  it('encodes to the latent size and reconstructs in [0, 1] with a sigmoid output', () => {
    const model = buildAutoencoder(settings, 10, 'flags');
    const x = tf.randomUniform<tf.Rank.R2>([5, 10], 0, 1, 'float32', 9);
    expect(encode(model, x).shape).toEqual([5, 2]);
    const output = reconstruct(model, x).dataSync();
    expect(Math.min(...output)).toBeGreaterThan(0);
    expect(Math.max(...output)).toBeLessThan(1);
    disposeAutoencoder(model);
  });

  it('draws the same initial weights for the same seed, other weights for another', () => {
    const weights = (seed: number) => {
      const model = buildAutoencoder({ ...settings, seed }, 10, 'flags');
      const values = Array.from(model.variables[0]?.dataSync() ?? []);
      disposeAutoencoder(model);
      return values;
    };
    expect(weights(3)).toEqual(weights(3));
    expect(weights(3)).not.toEqual(weights(4));
  });

  it('gives the same gradients with explicit transposes as with transpose flags', () => {
    const gradients = (style: 'explicit' | 'flags') => {
      const model = buildAutoencoder(settings, 10, style);
      const x = tf.randomUniform<tf.Rank.R2>([7, 10], 0, 1, 'float32', 5);
      const { grads } = tf.variableGrads(
        () => tf.mean<tf.Scalar>(tf.square(tf.sub(reconstruct(model, x), x))),
        model.variables,
      );
      const values = Object.values(grads).map((gradient) => Array.from(gradient.dataSync()));
      disposeAutoencoder(model);
      return values;
    };
    const explicit = gradients('explicit').flat();
    const flags = gradients('flags').flat();
    explicit.forEach((value, index) => expect(value).toBeCloseTo(flags[index] ?? NaN, 6));
  });
});
