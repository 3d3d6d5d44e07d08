import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import type { DatasetShape } from '../settings/datasets';
import { activateBackend } from './backend';
import { DEFAULT_PROBE_BUDGET, measureTrainingSpeed, probeBatchSize } from './backend-probe';
import { seedExampleSettings } from './test-helpers';

const shape: DatasetShape = { features: 10, kind: 'tabular', imageShape: null, classes: null };

/** A clock whose every reading after the first is `stepsMs` later than the one before. */
function clock(stepsMs: (reading: number) => number) {
  let timeMs = 0;
  let readings = 0;
  const now = () => {
    if (readings > 0) timeMs += stepsMs(readings);
    readings += 1;
    return timeMs;
  };
  return { now, readings: () => readings };
}

describe('timing a model on a backend', () => {
  it('trains the model in rounds and counts the fastest, freeing every tensor it made', async () => {
    await activateBackend('cpu', { softwareWebgl: false });
    const before = tf.memory().numTensors;
    // Rounds take 10 ms, except the second, slowed down to 50 ms by other work on the machine.
    const timer = clock((reading) => (reading === 2 ? 50 : 10));
    const budget = { ...DEFAULT_PROBE_BUDGET, stepsPerRound: 2, windowMs: 75 };
    const speed = await measureTrainingSpeed(seedExampleSettings(), shape, 'cpu', budget, timer.now);
    // Rounds until 75 ms have passed: 10 + 50 + 10 + 10.
    expect(timer.readings()).toBe(1 + 4);
    // 2 steps of 32 samples in 10 ms.
    expect(speed).toBeCloseTo((2 * 32 * 1000) / 10, 6);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('gives a slow backend its minimum of rounds, however long they take', async () => {
    await activateBackend('cpu', { softwareWebgl: false });
    const timer = clock(() => 1000);
    const speed = await measureTrainingSpeed(
      seedExampleSettings(),
      shape,
      'cpu',
      DEFAULT_PROBE_BUDGET,
      timer.now,
    );
    expect(timer.readings()).toBe(1 + DEFAULT_PROBE_BUDGET.minRounds);
    expect(speed).toBeCloseTo(32, 6);
  });

  it('stops a backend whose rounds take seconds after a few seconds, with fewer rounds', async () => {
    await activateBackend('cpu', { softwareWebgl: false });
    const timer = clock(() => 2000);
    const speed = await measureTrainingSpeed(
      seedExampleSettings(),
      shape,
      'cpu',
      DEFAULT_PROBE_BUDGET,
      timer.now,
    );
    // 2,000 ms, then 4,000 ms: past the 3,000 ms cap after two rounds.
    expect(timer.readings()).toBe(1 + 2);
    expect(speed).toBeCloseTo(16, 6);
  });

  it('times large batches at a bounded size', () => {
    expect(probeBatchSize({ batchSize: 32, trainSize: 100 })).toBe(32);
    expect(probeBatchSize({ batchSize: 60_000, trainSize: 60_000 })).toBe(512);
    expect(probeBatchSize({ batchSize: 128, trainSize: 50 })).toBe(50);
  });
});
