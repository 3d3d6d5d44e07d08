import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../settings/schema';
import { disposePca, fitPca, pcaReconstructionMse } from './pca';
import { computePcaBaseline } from './pca-baseline';
import { trainEpochs, withTrainer } from './test-helpers';

/** The "Linear autoencoder = PCA" set-up on 16-D Gaussian blobs with a 3-unit code. */
const linear: Settings = {
  ...defaultSettings,
  backend: 'cpu',
  dataset: 'blobs',
  trainSize: 600,
  validationSize: 200,
  featureCount: 16,
  clusterCount: 6,
  noise: 0.08,
  encoderUnits: [],
  latentSize: 3,
  hiddenActivation: 'linear',
  latentActivation: 'linear',
  outputActivation: 'linear',
  loss: 'mse',
  optimizer: 'adam',
  learningRate: 0.01,
  batchSize: 60,
};

describe('the PCA baseline', () => {
  it('is what a linear autoencoder trained with MSE converges to, within a few percent', async () => {
    await withTrainer(linear, async (trainer, data) => {
      const baseline = await computePcaBaseline(data.train, data.validation, linear, {
        previewCount: 4,
        fitRows: 10_000,
      });
      const start = await trainer.evaluate('train');
      await trainEpochs(trainer, 150);
      const trained = await trainer.evaluate('train');
      expect(start).toBeGreaterThan(baseline.trainLoss * 1.5);
      expect(trained).toBeGreaterThanOrEqual(baseline.trainLoss * 0.999);
      expect(trained).toBeLessThan(baseline.trainLoss * 1.03);
      expect(baseline.components).toBe(3);
      expect(baseline.previewOutputs.length).toBe(4 * 16);
    });
  });

  it('scores PCA with the run’s own loss: binary cross-entropy on probabilities', async () => {
    const settings = { ...linear, loss: 'binaryCrossentropy' as const, outputActivation: 'sigmoid' as const };
    await withTrainer(settings, async (_trainer, data) => {
      const before = tf.memory().numTensors;
      const bce = await computePcaBaseline(data.train, data.validation, settings, {
        previewCount: 4,
        fitRows: 10_000,
      });
      const mse = await computePcaBaseline(data.train, data.validation, linear, {
        previewCount: 4,
        fitRows: 10_000,
      });
      expect(bce.trainLoss).toBeGreaterThan(mse.trainLoss * 5);
      expect(tf.memory().numTensors).toBe(before);
    });
  });

  it('scores on the first rows only when told to', async () => {
    await withTrainer(linear, async (_trainer, data) => {
      const options = { previewCount: 2, fitRows: 300 };
      const partial = await computePcaBaseline(data.train, data.validation, linear, {
        ...options,
        scoreRows: 100,
      });
      const whole = await computePcaBaseline(data.train, data.validation, linear, options);
      // The same PCA (fitted on the first 300 rows, same seed) scored by hand on the first 100 of each split.
      const fitRows = tf.slice(data.train, 0, 300);
      const model = fitPca(fitRows, 3, { seed: linear.seed });
      const [train, validation] = [data.train, data.validation].map((split) => tf.slice(split, 0, 100));
      const expected = [
        await pcaReconstructionMse(model, train as tf.Tensor2D),
        await pcaReconstructionMse(model, validation as tf.Tensor2D),
      ];
      tf.dispose([fitRows, train, validation] as tf.Tensor[]);
      disposePca(model);
      expect(partial.trainLoss).toBeCloseTo(expected[0] ?? NaN, 5);
      expect(partial.validationLoss).toBeCloseTo(expected[1] ?? NaN, 5);
      expect(partial.trainLoss).not.toBeCloseTo(whole.trainLoss, 5);
    });
  });
});
