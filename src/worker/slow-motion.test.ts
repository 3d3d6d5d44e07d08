import { describe, expect, it } from 'vitest';
import { seedExampleSettings } from '../core/test-helpers';
import type { FromWorker } from './protocol';
import { TrainingSession } from './session';

type Message<T extends FromWorker['type']> = Extract<FromWorker, { type: T }>;

describe('slow motion in the session', () => {
  it('inspects a step without training it, then applies it and pauses', async () => {
    const messages: FromWorker[] = [];
    const session = new TrainingSession((message) => messages.push(message));
    const last = <T extends FromWorker['type']>(type: T) =>
      messages.filter((m): m is Message<T> => m.type === type).at(-1);
    const settings = seedExampleSettings({ epochs: 100 });

    await session.handle({ type: 'slowStep', stage: 'inspect', settings });
    expect(last('phase')?.phase).toBe('paused');
    expect(last('stepInspection')?.inspection.step).toBe(0);
    expect(last('progress')).toBeUndefined();

    await session.handle({ type: 'step', unit: 'batch', settings });
    expect(last('progress')?.step).toBe(1);
    await session.handle({ type: 'slowStep', stage: 'inspect', settings });
    const inspection = last('stepInspection')?.inspection;
    expect(inspection?.step).toBe(1);
    await session.handle({ type: 'slowStep', stage: 'update', settings });
    expect(last('stepUpdate')?.update.step).toBe(1);
    const progress = last('progress');
    expect(progress?.step).toBe(2);
    expect(progress?.trainLoss).toBeCloseTo(inspection?.loss.total ?? Number.NaN, 6);
    expect(last('phase')?.phase).toBe('paused');
    await session.settled();
  });
});
