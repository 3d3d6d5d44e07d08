import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { seedExampleSettings } from '../core/test-helpers';
import { raceOptimizers } from '../settings/race';
import type { Settings } from '../settings/schema';
import type { FromWorker } from './protocol';
import { TrainingSession } from './session';

type Message<T extends FromWorker['type']> = Extract<FromWorker, { type: T }>;

function createSession() {
  const messages: FromWorker[] = [];
  const session = new TrainingSession((message) => messages.push(message));
  const of = <T extends FromWorker['type']>(type: T) =>
    messages.filter((m): m is Message<T> => m.type === type);
  const waitFor = async (test: () => boolean) => {
    const deadline = Date.now() + 20_000;
    while (!test()) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  return { session, of, waitFor };
}

/** Trains and drops a run, so the data set is on the backend; returns the tensors it takes there. */
async function loadData(session: TrainingSession, settings: Settings): Promise<number> {
  await session.handle({ type: 'start', settings: { ...settings, epochs: 1 } });
  await session.settled();
  await session.handle({ type: 'reset' });
  return tf.memory().numTensors;
}

describe('the optimizer race in the session', () => {
  const settings = seedExampleSettings({ learningRate: 0.05, epochs: 3 });

  it('trains one model per optimizer to the last epoch, then frees them all', async () => {
    const { session, of, waitFor } = createSession();
    const baseline = await loadData(session, settings);
    await session.handle({ type: 'startRace', settings });
    await waitFor(() => of('raceEnded').length > 0);
    expect(of('raceStarted')[0]).toMatchObject({ backend: 'cpu', racers: raceOptimizers.length });
    expect(of('raceEnded')[0]).toEqual({ type: 'raceEnded', outcome: 'finished', message: null });
    const reports = of('raceProgress').flatMap((message) => message.racers);
    for (const index of raceOptimizers.keys()) {
      const own = reports.filter((report) => report.index === index);
      expect(own.at(-1)).toMatchObject({ epoch: 3, step: 12, finished: true, diverged: false });
      expect(own.flatMap((report) => report.validation.map((entry) => entry.epoch))).toEqual([1, 2, 3]);
      expect(own.some((report) => report.trainLoss !== null)).toBe(true);
    }
    expect(of('raceProgress').at(-1)?.samplesPerSecond).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('stops at a reset, frees the racers, and a normal run can start after it', async () => {
    const { session, of, waitFor } = createSession();
    const endless = { ...settings, epochs: 10_000 };
    const baseline = await loadData(session, endless);
    await session.handle({ type: 'startRace', settings: endless });
    await waitFor(() => of('raceProgress').length > 2);
    await session.handle({ type: 'reset' });
    expect(of('raceEnded').at(-1)?.outcome).toBe('stopped');
    expect(tf.memory().numTensors).toBe(baseline);
    const progressCount = of('raceProgress').length;
    await session.handle({ type: 'start', settings: { ...settings, epochs: 1 } });
    await session.settled();
    expect(of('phase').at(-1)?.phase).toBe('done');
    expect(of('raceProgress').length).toBe(progressCount);
  });
});
