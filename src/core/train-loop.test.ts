import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { optimizerLabels, optionKeys, type Optimizer } from '../settings/options';
import { seedExampleSettings, trainEpochs, withTrainer } from './test-helpers';

const learningRates: Record<Optimizer, number> = {
  sgd: 2,
  momentum: 0.1,
  adagrad: 0.5,
  adadelta: 1,
  rmsprop: 0.005,
  adam: 0.01,
  adamax: 0.02,
};

describe('Trainer on the seed data set', () => {
  it.each(optionKeys(optimizerLabels))('lowers the loss with %s', async (optimizer) => {
    const settings = seedExampleSettings({ optimizer, learningRate: learningRates[optimizer] });
    await withTrainer(settings, async (trainer) => {
      const before = await trainer.evaluate('train');
      await trainEpochs(trainer, 40);
      const after = await trainer.evaluate('train');
      expect(after).toBeLessThan(before * 0.85);
    });
  });

  it('gives identical losses for the same seed', async () => {
    const settings = seedExampleSettings({ optimizer: 'adam', learningRate: 0.01 });
    const first = await withTrainer(settings, (trainer) => trainEpochs(trainer, 5));
    const second = await withTrainer(settings, (trainer) => trainEpochs(trainer, 5));
    expect(second).toEqual(first);
    const otherSeed = await withTrainer({ ...settings, seed: 7 }, (trainer) => trainEpochs(trainer, 5));
    expect(otherSeed).not.toEqual(first);
  });

  it('keeps the tensor count flat across epochs', async () => {
    const settings = seedExampleSettings({ clipping: 'norm', clipThreshold: 0.5 });
    await withTrainer(settings, async (trainer) => {
      await trainEpochs(trainer, 2);
      const atEpoch2 = tf.memory().numTensors;
      await trainEpochs(trainer, 18);
      expect(trainer.epoch).toBe(20);
      expect(tf.memory().numTensors).toBe(atEpoch2);
    });
  });

  it('reports a validation loss for every completed epoch', async () => {
    await withTrainer(seedExampleSettings(), async (trainer) => {
      for (let i = 0; i < 3 * trainer.stepsPerEpoch; i++) trainer.trainBatch();
      const collected = await trainer.collect();
      expect(collected.validation.map((entry) => entry.epoch)).toEqual([1, 2, 3]);
      expect(collected.validation.every((entry) => Number.isFinite(entry.loss))).toBe(true);
    });
  });

  it.each([
    ['sgd', 0.5],
    ['adam', 0.01],
  ] as const)('changes the learning rate of a live %s optimizer', async (optimizer, learningRate) => {
    const settings = seedExampleSettings({ optimizer, learningRate });
    const frozen = await withTrainer(settings, async (trainer) => {
      trainer.updateLiveSettings({ ...settings, learningRate: 1e-6 });
      const before = await trainer.evaluate('train');
      await trainEpochs(trainer, 3);
      return Math.abs((await trainer.evaluate('train')) - before);
    });
    const moving = await withTrainer(settings, async (trainer) => {
      const before = await trainer.evaluate('train');
      await trainEpochs(trainer, 3);
      return Math.abs((await trainer.evaluate('train')) - before);
    });
    expect(frozen).toBeLessThan(moving / 100);
  });
});

describe('Trainer state', () => {
  it.each(['adam', 'momentum', 'rmsprop', 'sgd'] as const)(
    'resumes a %s run exactly, mid-epoch, from an exported state',
    async (optimizer) => {
      const settings = seedExampleSettings({ optimizer, learningRate: 0.01 });
      const steps = (trainer: { trainBatch: () => void }, count: number) => {
        for (let i = 0; i < count; i++) trainer.trainBatch();
      };
      const reference = await withTrainer(settings, async (trainer) => {
        steps(trainer, 10);
        await trainer.collect();
        steps(trainer, 7);
        return (await trainer.collect()).trainLoss;
      });
      const saved = await withTrainer(settings, async (trainer) => {
        steps(trainer, 10);
        await trainer.collect();
        return trainer.exportState();
      });
      expect(saved.batchInEpoch).toBe(2);
      const resumed = await withTrainer({ ...settings, seed: 999 }, async (trainer) => {
        await trainer.importState(saved);
        steps(trainer, 7);
        return (await trainer.collect()).trainLoss;
      });
      // The other seed gives other initial weights, which the import replaces; the shuffle follows the seed.
      expect(resumed).not.toBe(reference);
      const exact = await withTrainer(settings, async (trainer) => {
        const before = tf.memory().numTensors;
        await trainer.importState(saved);
        expect(tf.memory().numTensors).toBeLessThanOrEqual(before + saved.optimizer.length);
        steps(trainer, 7);
        return (await trainer.collect()).trainLoss;
      });
      expect(exact).toBeCloseTo(reference, 6);
    },
  );

  it('refuses weights of another shape', async () => {
    const saved = await withTrainer(seedExampleSettings(), (trainer) => trainer.exportState());
    await withTrainer(seedExampleSettings({ latentSize: 3 }), async (trainer) => {
      await expect(trainer.importState(saved)).rejects.toThrow('The saved weights do not fit this model.');
    });
  });
});
