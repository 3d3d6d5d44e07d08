import { describe, expect, it } from 'vitest';
import { modelParameterCount } from '../settings/model-shape';
import { defaultSettings, type Settings } from '../settings/schema';
import { decodeManifold, normalQuantile, samplePrior } from './generation';
import { sparsityStats } from './sparsity';
import { trainEpochs, withTrainer } from './test-helpers';

const blobs: Settings = {
  ...defaultSettings,
  backend: 'cpu',
  dataset: 'blobs',
  featureCount: 16,
  clusterCount: 4,
  trainSize: 512,
  validationSize: 128,
  encoderUnits: [16],
  latentSize: 4,
  hiddenActivation: 'relu',
  latentActivation: 'hidden',
  outputActivation: 'linear',
  loss: 'mse',
  batchSize: 32,
  learningRate: 0.01,
};

describe('the variants train', () => {
  for (const variant of ['denoising', 'sparse', 'variational'] as const)
    it(`${variant}: the loss falls`, async () => {
      const losses = await withTrainer({ ...blobs, variant }, (trainer) => trainEpochs(trainer, 8));
      expect(losses.every(Number.isFinite)).toBe(true);
      expect(losses.at(-1)).toBeLessThan((losses[0] ?? 0) * 0.8);
    });

  it('variational: the model has as many parameters as the page says', async () => {
    const settings = { ...blobs, variant: 'variational' as const };
    await withTrainer(settings, (trainer) => {
      const size = trainer.model.variables.reduce((sum, variable) => sum + variable.size, 0);
      expect(size).toBe(modelParameterCount(settings, 16));
      return Promise.resolve();
    });
  });

  it('variational: reports β·KL as the regularization, part of the total', async () => {
    await withTrainer({ ...blobs, variant: 'variational', beta: 1 }, async (trainer) => {
      trainer.trainBatch();
      const losses = await trainer.collect();
      expect(losses.regularization).toBeGreaterThan(0);
      expect(losses.regularization).toBeLessThan(losses.trainLoss);
    });
  });

  it('sparse: the L1 penalty leaves the code less active than the unpenalised twin', async () => {
    const settings = { ...blobs, variant: 'sparse' as const, sparsityRate: 0.05 };
    await withTrainer(settings, async (trainer, data) => {
      await trainEpochs(trainer, 10);
      const stats = await sparsityStats(trainer.model, trainer.twin?.model ?? null, data.validation);
      expect(stats.twinMeanActivation).not.toBeNull();
      expect(stats.meanActivation).toBeLessThan((stats.twinMeanActivation ?? 0) * 0.8);
      expect(stats.activations.length).toBe(128 * 4);
    });
  });

  it('variational: decodes samples from the prior and a manifold grid over a 2-unit code', async () => {
    await withTrainer({ ...blobs, variant: 'variational', latentSize: 2 }, async (trainer) => {
      await trainEpochs(trainer, 2);
      const prior = await samplePrior(trainer.model, 9, 5);
      expect(prior.length).toBe(9 * 16);
      expect(await samplePrior(trainer.model, 9, 5)).toEqual(prior);
      const grid = await decodeManifold(trainer.model, 5);
      expect(grid.length).toBe(25 * 16);
      // Corners of the grid decode different codes, so different outputs.
      expect(grid.slice(0, 16)).not.toEqual(grid.slice(24 * 16));
    });
  });
});

describe('normalQuantile', () => {
  it('inverts the standard normal distribution', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 8);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.05)).toBeCloseTo(-1.644854, 5);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
  });
});
