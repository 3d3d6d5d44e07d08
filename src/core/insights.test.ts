import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { InsightEngine } from './insights';
import { buildAutoencoder, disposeAutoencoder, encode, reconstruct } from './model';
import { seedExampleSettings } from './test-helpers';

// More rows than one evaluation chunk (2,048), so the chunks' codes and inputs must line up.
const ROWS = 2_500;
const FEATURES = 10;

describe('InsightEngine.compute', () => {
  beforeAll(() => tf.setBackend('cpu'));

  it('gives each sample the mean squared error of its own reconstruction, and its code on a 2-unit map', async () => {
    const model = buildAutoencoder(seedExampleSettings({ latentSize: 2 }), FEATURES, 'flags');
    const validation = tf.randomUniform<tf.Rank.R2>([ROWS, FEATURES], 0, 1, 'float32', 7);
    const before = tf.memory().numTensors;
    const insights = await new InsightEngine(model, validation).compute([0, 1]);
    expect(tf.memory().numTensors).toBe(before);

    const [expectedErrors, expectedCodes] = tf.tidy(() => [
      tf.mean(tf.squaredDifference(reconstruct(model, validation), validation), 1).dataSync(),
      encode(model, validation).dataSync(),
    ]);
    expect(insights.errors).toHaveLength(ROWS);
    insights.errors.forEach((error, row) => expect(error).toBeCloseTo(expectedErrors?.[row] ?? NaN, 5));
    expect(Array.from(insights.xy)).toEqual(Array.from(expectedCodes ?? []));
    tf.dispose(validation);
    disposeAutoencoder(model);
  });

  it('covers only the first rows when asked, with the same figures for them as a whole round', async () => {
    const model = buildAutoencoder(seedExampleSettings({ latentSize: 2 }), FEATURES, 'flags');
    const validation = tf.randomUniform<tf.Rank.R2>([ROWS, FEATURES], 0, 1, 'float32', 7);
    const engine = new InsightEngine(model, validation);
    const whole = await engine.compute([0, 1]);
    const before = tf.memory().numTensors;
    const part = await engine.compute([0, 1], 2_100);
    expect(tf.memory().numTensors).toBe(before);
    expect(part.errors).toHaveLength(2_100);
    expect(part.xy).toHaveLength(2 * 2_100);
    part.errors.forEach((error, row) => expect(error).toBeCloseTo(whole.errors[row] ?? NaN, 6));
    expect(Array.from(part.xy)).toEqual(Array.from(whole.xy.subarray(0, 2 * 2_100)));
    tf.dispose(validation);
    disposeAutoencoder(model);
  });
});
