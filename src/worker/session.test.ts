import { describe, expect, it } from 'vitest';
import { seedExampleSettings } from '../core/test-helpers';
import type { Settings } from '../settings/schema';
import type { FromWorker } from './protocol';
import { PREVIEW_COUNT } from './insight-service';
import { TrainingSession } from './session';

type Message<T extends FromWorker['type']> = Extract<FromWorker, { type: T }>;

function createSession() {
  const messages: FromWorker[] = [];
  const session = new TrainingSession((message) => messages.push(message));
  const of = <T extends FromWorker['type']>(type: T) =>
    messages.filter((m): m is Message<T> => m.type === type);
  const last = <T extends FromWorker['type']>(type: T) => of(type).at(-1);
  const waitFor = async (test: () => boolean) => {
    const deadline = Date.now() + 20_000;
    while (!test()) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  return { session, messages, of, last, waitFor };
}

const STEPS_PER_EPOCH = 4; // 100 samples in batches of 32.

describe('TrainingSession', () => {
  it('trains a run to its last epoch, then reports the evaluated loss', async () => {
    const { session, of, last } = createSession();
    await session.handle({ type: 'init', softwareWebgl: false, dataUrl: 'unused/', testHooks: false });
    await session.handle({ type: 'start', settings: seedExampleSettings({ epochs: 3 }) });
    await session.settled();
    expect(last('backend')).toMatchObject({ active: 'cpu', requested: 'cpu', fallbacks: [] });
    expect(of('phase').map((m) => m.phase)).toEqual(['preparing', 'compiling', 'running', 'done']);
    expect(last('progress')).toMatchObject({ step: 3 * STEPS_PER_EPOCH, epoch: 3 });
    expect(of('progress').flatMap((m) => m.validation.map((v) => v.epoch))).toEqual([1, 2, 3]);
    expect(last('finished')?.evaluatedLoss).toBeGreaterThan(0);
    expect(last('runStarted')?.previewInputs.length).toBe(PREVIEW_COUNT * 10);
    expect(last('snapshot')?.previewOutputs.length).toBe(PREVIEW_COUNT * 10);
  });

  it('prepares the backend and the data before Train without starting a run, and Train keeps them', async () => {
    const { session, of, last } = createSession();
    const settings = seedExampleSettings({ epochs: 1 });
    await session.handle({ type: 'prepare', settings });
    expect(last('backend')).toMatchObject({ active: 'cpu', requested: 'cpu' });
    expect(of('phase')).toEqual([]);
    expect(of('runStarted')).toEqual([]);
    await session.handle({ type: 'start', settings });
    await session.settled();
    expect(of('backend')).toHaveLength(1);
    expect(last('phase')?.phase).toBe('done');
    // Once a run exists, preparing again changes nothing.
    await session.handle({ type: 'prepare', settings: { ...settings, latentSize: 3 } });
    expect(of('backend')).toHaveLength(1);
  });

  it('reports the first batch at once, before any view or checkpoint is computed', async () => {
    const { session, messages } = createSession();
    await session.handle({ type: 'start', settings: seedExampleSettings({ epochs: 2 }) });
    await session.settled();
    const types = messages.map((message) => message.type);
    const firstProgress = messages.find((message) => message.type === 'progress');
    expect(firstProgress).toMatchObject({ step: 1 });
    for (const later of ['snapshot', 'insights', 'checkpoint'] as const)
      expect(types.indexOf('progress')).toBeLessThan(types.indexOf(later));
  });

  it('pauses between batches and steps exactly one batch or one epoch', async () => {
    const { session, of, last, waitFor } = createSession();
    const settings = seedExampleSettings({ epochs: 10_000 });
    await session.handle({ type: 'start', settings });
    await waitFor(() => (last('progress')?.step ?? 0) > 20);
    await session.handle({ type: 'pause' });
    await session.settled();
    expect(last('phase')?.phase).toBe('paused');
    const pausedAt = last('progress')?.step ?? 0;
    const progressCount = of('progress').length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(of('progress').length).toBe(progressCount);

    await session.handle({ type: 'step', unit: 'batch', settings });
    expect(last('progress')?.step).toBe(pausedAt + 1);
    await session.handle({ type: 'step', unit: 'epoch', settings });
    await session.settled();
    const afterEpoch = last('progress');
    expect(afterEpoch?.epoch).toBe(Math.floor((pausedAt + 1) / STEPS_PER_EPOCH) + 1);
    expect(last('phase')?.phase).toBe('paused');

    await session.handle({ type: 'resume' });
    await waitFor(() => (last('progress')?.step ?? 0) > (afterEpoch?.step ?? 0) + 10);
    await session.handle({ type: 'pause' });
    await session.settled();
  });

  it('starts afresh after reset, and continues a paused run when only live settings changed', async () => {
    const { session, last, waitFor } = createSession();
    const settings = seedExampleSettings({ epochs: 10_000 });
    await session.handle({ type: 'step', unit: 'batch', settings });
    await session.handle({ type: 'step', unit: 'batch', settings: { ...settings, learningRate: 0.01 } });
    expect(last('progress')?.step).toBe(2);
    await session.handle({ type: 'step', unit: 'batch', settings: { ...settings, latentSize: 3 } });
    expect(last('progress')?.step).toBe(1);
    await session.handle({ type: 'reset' });
    expect(last('phase')?.phase).toBe('idle');
    await session.handle({ type: 'start', settings });
    await waitFor(() => (last('progress')?.step ?? 0) > 0);
    await session.handle({ type: 'pause' });
    await session.settled();
  });

  it('keeps the tensor count flat over a long run', async () => {
    const { session, of } = createSession();
    await session.handle({ type: 'start', settings: seedExampleSettings({ epochs: 300 }) });
    await session.settled();
    const counts = of('progress').map((m) => m.tensorCount);
    expect(counts.length).toBeGreaterThan(2);
    expect(new Set(counts.slice(1)).size).toBe(1);
  });

  it('pauses on a non-finite loss, says what to try and restores the last finite weights', async () => {
    const { session, last, waitFor } = createSession();
    const exploding: Settings = seedExampleSettings({
      optimizer: 'sgd',
      learningRate: 10,
      outputActivation: 'linear',
      hiddenActivation: 'linear',
      epochs: 10_000,
    });
    await session.handle({ type: 'start', settings: exploding });
    await waitFor(() => last('phase')?.phase === 'diverged');
    await session.settled();
    expect(last('diverged')?.message).toMatch(/lower the learning rate \(now 10\).*gradient clipping/);
    const calm = { ...exploding, learningRate: 1e-4 };
    await session.handle({ type: 'updateLiveSettings', settings: calm });
    await session.handle({ type: 'step', unit: 'batch', settings: calm });
    expect(Number.isFinite(last('progress')?.trainLoss)).toBe(true);
    expect(last('snapshot')?.previewOutputs.every(Number.isFinite)).toBe(true);
  });
});

describe('TrainingSession checkpoints', () => {
  it('posts checkpoints a new worker restores to the same step and weights', async () => {
    const first = createSession();
    const settings = seedExampleSettings({ epochs: 10_000 });
    for (let i = 0; i < 6; i++) await first.session.handle({ type: 'step', unit: 'batch', settings });
    const checkpoint = first.last('checkpoint')?.checkpoint;
    expect(checkpoint?.state.step).toBe(6);
    if (!checkpoint) return;

    const second = createSession();
    await second.session.handle({ type: 'restore', checkpoint });
    expect(second.last('progress')?.step).toBe(6);
    expect(second.last('phase')?.phase).toBe('paused');
    await first.session.handle({ type: 'step', unit: 'batch', settings });
    await second.session.handle({ type: 'step', unit: 'batch', settings });
    expect(second.last('progress')?.trainLoss).toBeCloseTo(first.last('progress')?.trainLoss ?? NaN, 6);
  });

  it('ignores test hooks unless the page asked for them', async () => {
    const { session, messages } = createSession();
    await session.handle({ type: 'init', softwareWebgl: false, dataUrl: 'unused/', testHooks: false });
    await session.handle({ type: 'debug', action: 'hang' });
    expect(messages.filter((message) => message.type === 'error')).toEqual([]);
  });
});
