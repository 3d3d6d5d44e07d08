import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../datasets/registry';
import { raceOptimizers } from '../settings/race';
import type { Settings } from '../settings/schema';
import { activateBackend } from './backend';
import { OptimizerRace } from './race';
import { disposeTensors, uploadDataset } from './run';
import { generatedOnly, seedExampleSettings } from './test-helpers';
import type { TrainingTensors } from './train-loop';

async function withData<T>(settings: Settings, use: (tensors: TrainingTensors) => Promise<T>): Promise<T> {
  await activateBackend('cpu', { softwareWebgl: false });
  const dataset = await loadDataset(settings, generatedOnly);
  const tensors = uploadDataset(dataset);
  try {
    return await use(tensors);
  } finally {
    disposeTensors(tensors);
  }
}

/** Runs the race to its end and returns each racer's training loss, one entry per read. */
async function raceToEnd(race: OptimizerRace, batchesPerRead: number): Promise<number[][]> {
  const losses: number[][] = race.racers.map(() => []);
  while (!race.finished) {
    for (let batch = 0; batch < batchesPerRead && !race.finished; batch++) race.stepAll();
    for (const progress of await race.collect())
      if (progress.trainLoss !== null) losses[progress.index]?.push(progress.trainLoss);
  }
  return losses;
}

describe('OptimizerRace on the seed data set', () => {
  // One rate for all, as the race uses the current one: large enough for plain SGD to move on the seed's
  // uniform random data (SGD falls ~5% in 100 epochs, Adam ~50%).
  const settings = seedExampleSettings({ learningRate: 0.05, epochs: 100 });

  it('starts every optimizer from the same weights and lowers every loss', async () => {
    await withData(settings, async (tensors) => {
      const race = new OptimizerRace(settings, tensors, 'cpu', { imageShape: null });
      try {
        expect(race.racers.map((racer) => racer.optimizer)).toEqual(raceOptimizers);
        const firstKernels = race.racers.map((racer) =>
          Array.from(racer.trainer.model.variables[0]!.dataSync()),
        );
        for (const kernel of firstKernels) expect(kernel).toEqual(firstKernels[0]);

        const losses = await raceToEnd(race, 4);
        for (const [index, curve] of losses.entries()) {
          const first = curve[0] ?? NaN;
          const last = curve.at(-1) ?? NaN;
          expect(last, raceOptimizers[index]).toBeLessThan(first * 0.97);
        }
        expect(race.racers.every((racer) => racer.trainer.epoch === settings.epochs)).toBe(true);
        // Different update rules: the curves part ways.
        expect(new Set(losses.map((curve) => curve.at(-1))).size).toBe(raceOptimizers.length);
      } finally {
        race.dispose();
      }
    });
  });

  it('frees every tensor it made', async () => {
    await withData(settings, async (tensors) => {
      const baseline = tf.memory().numTensors;
      const race = new OptimizerRace({ ...settings, epochs: 3 }, tensors, 'cpu', { imageShape: null });
      await raceToEnd(race, 3);
      expect(tf.memory().numTensors).toBeGreaterThan(baseline);
      race.dispose();
      expect(tf.memory().numTensors).toBe(baseline);
    });
  });

  it('drops a diverging racer and lets the others finish', async () => {
    await withData(settings, async (tensors) => {
      const wild = { ...settings, learningRate: 10, loss: 'mse' as const, epochs: 5 };
      const race = new OptimizerRace(wild, tensors, 'cpu', { imageShape: null });
      try {
        await raceToEnd(race, 2);
        expect(race.finished).toBe(true);
        const dropped = race.racers.filter((racer) => racer.diverged);
        for (const racer of dropped) expect(racer.trainer.epoch).toBeLessThan(wild.epochs);
      } finally {
        race.dispose();
      }
    });
  });
});
