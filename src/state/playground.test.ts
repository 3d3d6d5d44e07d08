import { describe, expect, it } from 'vitest';
import { phrase, phraseText } from '../settings/phrases';
import { defaultSettings } from '../settings/schema';
import type { FromWorker, ToWorker } from '../worker/protocol';
import { createPlayground } from './playground';

function setUp() {
  const sent: ToWorker[] = [];
  const playground = createPlayground(defaultSettings, () => ({
    send: (message) => sent.push(message),
    terminate: () => undefined,
  }));
  const announceRun = () =>
    playground.receive({
      type: 'runStarted',
      dataset: { features: 2, kind: 'tabular', imageShape: null, classes: null },
      trainCount: 10,
      previewInputs: new Float32Array(2),
      previewLabels: null,
      previewCount: 1,
    });
  const progress = (step: number): FromWorker => ({
    type: 'progress',
    step,
    epoch: step / 10,
    trainLoss: 1 / step,
    regularization: null,
    validation: [],
    samplesPerSecond: 100,
    tensorCount: 10,
  });
  return { sent, playground, announceRun, progress };
}

describe('createPlayground', () => {
  it('sends live settings to the running model and ends the run on any other change', () => {
    const { sent, playground, announceRun, progress } = setUp();
    playground.train();
    announceRun();
    playground.receive({ type: 'phase', phase: 'running' });
    playground.receive(progress(5));
    playground.settings.update('learningRate', 0.01);
    expect(sent.at(-1)).toEqual({
      type: 'updateLiveSettings',
      settings: { ...defaultSettings, learningRate: 0.01 },
    });
    expect(playground.training.get().step).toBe(5);

    playground.settings.update('latentSize', 3);
    expect(sent.at(-1)).toEqual({ type: 'reset' });
    expect(playground.training.get()).toMatchObject({ step: 0, phase: 'idle', trainLoss: null });
  });

  it('ignores messages of a dropped run still in flight', () => {
    const { playground, announceRun, progress } = setUp();
    playground.train();
    announceRun();
    playground.receive(progress(5));
    playground.reset();
    playground.receive(progress(6));
    playground.receive({ type: 'phase', phase: 'paused' });
    playground.receive({ type: 'phase', phase: 'idle' });
    expect(playground.training.get()).toMatchObject({ step: 0, phase: 'idle', trainLoss: null });
    announceRun();
    playground.receive(progress(1));
    expect(playground.training.get().step).toBe(1);
  });

  it('keeps invalid edits out of the settings and names the field', () => {
    const { sent, playground } = setUp();
    expect(playground.settings.update('batchSize', 0)).toBe(false);
    expect(playground.settings.get().settings.batchSize).toBe(defaultSettings.batchSize);
    expect(playground.settings.get().errors.batchSize).toBe('Batch size: must be at least 1');
    expect(sent).toEqual([]);
  });

  it('keeps binary cross-entropy and the sigmoid output together', () => {
    const { playground } = setUp();
    playground.settings.update('outputActivation', 'linear');
    expect(playground.settings.get().settings.loss).toBe('mse');
    playground.settings.update('loss', 'binaryCrossentropy');
    expect(playground.settings.get().settings.outputActivation).toBe('sigmoid');
  });
});

describe('createPlayground after a crash or a reload', () => {
  const checkpoint = {
    settings: defaultSettings,
    state: { step: 40, epoch: 0, batchInEpoch: 40, weights: [new Float32Array(2)], optimizer: [] },
  };
  const history = {
    train: { points: [{ epoch: 0.2, loss: 0.3 }], stride: 1, pending: null },
    validation: { points: [], stride: 1, pending: null },
    regularization: { points: [], stride: 1, pending: null },
  };

  it('restores a saved run: sends it to the worker and shows its history once the run is rebuilt', () => {
    const { sent, playground, announceRun } = setUp();
    playground.restore({ checkpoint, history });
    expect(sent.at(-1)).toEqual({ type: 'restore', checkpoint });
    announceRun();
    expect(playground.training.get().history).toBe(history);
    expect(playground.checkpoint.get()).toBe(checkpoint);
  });

  it('reports a crash, then restarts a fresh worker with the last checkpoint', () => {
    let connections = 0;
    let terminated = 0;
    const sent: ToWorker[] = [];
    const playground = createPlayground(defaultSettings, () => {
      connections++;
      return { send: (message) => sent.push(message), terminate: () => terminated++ };
    });
    playground.receive({ type: 'checkpoint', checkpoint });
    playground.reportCrash(phrase('raw', { text: 'out of memory' }));
    expect(playground.training.get()).toMatchObject({ crashed: true, notice: { kind: 'crash' } });
    expect(phraseText(playground.training.get().notice!.message)).toMatch(/out of memory/);
    playground.restart();
    expect([connections, terminated]).toEqual([2, 1]);
    expect(sent.at(-1)).toEqual({ type: 'restore', checkpoint });
    expect(playground.training.get().crashed).toBe(false);
  });

  it('forgets the checkpoint on reset, so a reload does not bring a dropped run back', () => {
    const { playground } = setUp();
    playground.receive({ type: 'checkpoint', checkpoint });
    playground.reset();
    expect(playground.checkpoint.get()).toBeNull();
  });
});
