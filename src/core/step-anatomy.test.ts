import * as tf from '@tensorflow/tfjs-core';
import { phraseText } from '../settings/phrases';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../settings/schema';
import { inspectNextStep, takeStep } from './step-anatomy';
import { seedExampleSettings, withTrainer } from './test-helpers';
import type { Trainer } from './train-loop';

/** One step in slow motion, as the worker runs it: inspect, apply, read the losses back. */
async function slowStep(trainer: Trainer, settings: Settings) {
  const inspection = await inspectNextStep(trainer, settings);
  const update = await takeStep(trainer);
  const collected = await trainer.collect();
  return { inspection, update, collected };
}

async function weightsOf(trainer: Trainer): Promise<number[]> {
  const values = await Promise.all(trainer.model.variables.map((variable) => variable.data()));
  return values.flatMap((array) => Array.from(array));
}

describe('step anatomy', () => {
  it('shows the loss the trainer then trains on, and advances the run by one step', async () => {
    const settings = seedExampleSettings({ learningRate: 0.01 });
    await withTrainer(settings, async (trainer) => {
      for (let i = 0; i < 5; i++) {
        const before = trainer.step;
        const { inspection, update, collected } = await slowStep(trainer, settings);
        expect(inspection.step).toBe(before);
        expect(update.step).toBe(before);
        expect(trainer.step).toBe(before + 1);
        expect(collected.batches).toBe(1);
        expect(inspection.loss.total).toBeCloseTo(collected.trainLoss, 6);
        expect(inspection.loss.reconstruction).toBeCloseTo(inspection.loss.total, 6);
        expect(inspection.loss.regularization).toBeNull();
      }
    });
  });

  it('continues the run exactly as plain steps would', async () => {
    const settings = seedExampleSettings({ optimizer: 'momentum', learningRate: 0.05, nesterov: true });
    const plain = await withTrainer(settings, async (trainer) => {
      for (let i = 0; i < 7; i++) trainer.trainBatch();
      await trainer.collect();
      return weightsOf(trainer);
    });
    const slow = await withTrainer(settings, async (trainer) => {
      for (let i = 0; i < 7; i++) await slowStep(trainer, settings);
      return weightsOf(trainer);
    });
    expect(slow).toEqual(plain);
  });

  it('keeps the tensor count flat across slow steps', async () => {
    const settings = seedExampleSettings({ variant: 'variational', clipping: 'value', clipThreshold: 0.1 });
    await withTrainer(settings, async (trainer) => {
      await slowStep(trainer, settings);
      const count = tf.memory().numTensors;
      for (let i = 0; i < 6; i++) await slowStep(trainer, settings);
      expect(tf.memory().numTensors).toBe(count);
    });
  });

  it('gives per-layer gradient norms that add up to the global norm, and clips them', async () => {
    const settings = seedExampleSettings({ clipping: 'norm', clipThreshold: 1e-3 });
    await withTrainer(settings, async (trainer) => {
      const { inspection, update } = await slowStep(trainer, settings);
      expect(inspection.layers.map((layer) => phraseText(layer.name))).toEqual([
        'Encoder 1',
        'Code',
        'Decoder 1',
        'Output',
      ]);
      expect(inspection.layers.map((layer) => [layer.fanIn, layer.fanOut])).toEqual([
        [10, 5],
        [5, 5],
        [5, 5],
        [5, 10],
      ]);
      const squares = inspection.layers.reduce((sum, layer) => sum + layer.gradientNorm ** 2, 0);
      expect(Math.sqrt(squares)).toBeCloseTo(inspection.globalGradientNorm, 5);
      expect(inspection.globalGradientNorm).toBeGreaterThan(1e-3);
      expect(inspection.globalClippedNorm).toBeCloseTo(1e-3, 6);
      expect(update.layers).toHaveLength(4);
      expect(update.layers.every((layer) => layer.updateNorm > 0 && layer.weightNorm > 0)).toBe(true);
    });
  });

  it('shows the samples, their codes and reconstructions, and splits the loss of a sparse model', async () => {
    const settings = seedExampleSettings({ variant: 'sparse', sparsityRate: 0.01 });
    await withTrainer(settings, async (trainer) => {
      const { inspection } = await slowStep(trainer, settings);
      expect(inspection.batchSize).toBe(32);
      expect(inspection.sampleCount).toBe(6);
      expect(inspection.inputs).toHaveLength(6 * 10);
      expect(inspection.codes).toHaveLength(6 * 5);
      expect(inspection.outputs).toHaveLength(6 * 10);
      expect(inspection.noisyInputs).toBeNull();
      const { total, reconstruction, regularization } = inspection.loss;
      expect(regularization).toBeGreaterThan(0);
      expect(reconstruction + (regularization ?? 0)).toBeCloseTo(total, 6);
    });
  });

  it('shows the corrupted inputs a denoising model is fed', async () => {
    const settings = seedExampleSettings({ variant: 'denoising', noiseType: 'mask', noiseLevel: 0.5 });
    await withTrainer(settings, async (trainer) => {
      const { inspection, collected } = await slowStep(trainer, settings);
      expect(inspection.noisyInputs).not.toBeNull();
      expect(inspection.noisyInputs).not.toEqual(inspection.inputs);
      expect(inspection.loss.total).toBeCloseTo(collected.trainLoss, 6);
    });
  });
});
