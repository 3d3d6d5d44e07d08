import { describe, expect, it } from 'vitest';
import { phrase } from '../settings/phrases';
import type { StepInspection, StepUpdate } from '../settings/step-anatomy';
import { createLearn } from './learn';
import { afterTrainerStep } from './slow-motion-state';

function inspection(step: number): StepInspection {
  return {
    step,
    epoch: 0,
    batchSize: 32,
    features: 2,
    sampleCount: 1,
    inputs: new Float32Array(2),
    noisyInputs: null,
    latentSize: 1,
    codes: new Float32Array(1),
    outputs: new Float32Array(2),
    loss: { total: 0.5, reconstruction: 0.5, regularization: null },
    layers: [{ name: phrase('layer.code'), fanIn: 2, fanOut: 1, gradientNorm: 1, clippedNorm: 1 }],
    globalGradientNorm: 1,
    globalClippedNorm: 1,
  };
}

const update = (step: number): StepUpdate => ({
  step,
  layers: [{ name: phrase('layer.code'), updateNorm: 0.01, weightNorm: 1 }],
});

describe('slow motion', () => {
  it('asks for a step, shows its phases one by one, and asks for the update only at the last one', () => {
    const sent: string[] = [];
    const learn = createLearn((stage) => (sent.push(stage), true));
    const phase = () => learn.slowMotion.get().phase;
    learn.nextPhase();
    expect(sent).toEqual(['inspect']);
    learn.nextPhase(); // waiting: nothing more is asked
    expect(sent).toEqual(['inspect']);
    learn.receive({ type: 'stepInspection', inspection: inspection(4) });
    expect(phase()).toBe('batch');
    for (const expected of ['encode', 'decode', 'loss', 'gradients'] as const) {
      learn.nextPhase();
      expect(phase()).toBe(expected);
    }
    expect(sent).toEqual(['inspect']);
    learn.nextPhase();
    expect(sent).toEqual(['inspect', 'update']);
    expect(phase()).toBe('gradients');
    learn.receive({ type: 'stepUpdate', update: update(4) });
    expect(afterTrainerStep(learn.slowMotion.get(), 5)).toBe(learn.slowMotion.get());
    expect(phase()).toBe('update');
    expect(learn.slowMotion.get().update?.layers[0]?.updateNorm).toBe(0.01);
    learn.nextPhase();
    expect(sent).toEqual(['inspect', 'update', 'inspect']);
  });

  it('drops a step made stale by training, and forgets it when the run is reset', () => {
    const learn = createLearn(() => true);
    learn.nextPhase();
    learn.receive({ type: 'stepInspection', inspection: inspection(4) });
    const state = learn.slowMotion.get();
    expect(afterTrainerStep(state, 4)).toBe(state);
    const stale = afterTrainerStep(state, 9);
    expect(stale.inspection).toBeNull();
    expect(stale.phase).toBeNull();
    learn.receive({ type: 'phase', phase: 'idle' });
    expect(learn.slowMotion.get().phase).toBeNull();
  });

  it('stays put when the worker is not asked (a refused run)', () => {
    const learn = createLearn(() => false);
    learn.nextPhase();
    expect(learn.slowMotion.get().waiting).toBeNull();
  });

  it('opens the panel at a glossary entry, again for the same entry', () => {
    const learn = createLearn(() => true);
    learn.open('epoch');
    expect(learn.panel.get()).toEqual({ open: true, term: 'epoch', termRequests: 1 });
    learn.open('epoch');
    expect(learn.panel.get().termRequests).toBe(2);
    learn.close();
    expect(learn.panel.get().open).toBe(false);
  });
});
