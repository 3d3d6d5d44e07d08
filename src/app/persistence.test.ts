import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/schema';
import { parseSavedState } from './persistence';

const run = {
  checkpoint: {
    settings: defaultSettings,
    state: { step: 3, epoch: 0, batchInEpoch: 3, weights: [new Float32Array(4)], optimizer: [] },
  },
  history: {
    train: { points: [], stride: 1, pending: null },
    validation: { points: [], stride: 1, pending: null },
  },
};

describe('parseSavedState', () => {
  it('accepts what the page saved; a history from before the variant curves gets an empty one', () => {
    expect(parseSavedState({ version: 1, settings: defaultSettings, run })).toEqual({
      version: 1,
      settings: defaultSettings,
      run: { ...run, history: { ...run.history, regularization: { points: [], stride: 1, pending: null } } },
    });
  });

  it('treats anything corrupted as nothing saved, or drops only the broken run', () => {
    for (const broken of [
      null,
      'x',
      42,
      {},
      { version: 2, settings: defaultSettings },
      { version: 1, settings: { latentSize: -1 } },
    ]) {
      expect(parseSavedState(broken)).toBeNull();
    }
    const badWeights = {
      ...run,
      checkpoint: { ...run.checkpoint, state: { ...run.checkpoint.state, weights: ['a'] } },
    };
    expect(parseSavedState({ version: 1, settings: defaultSettings, run: badWeights })?.run).toBeNull();
    const otherModel = { version: 1, settings: { ...defaultSettings, latentSize: 3 }, run };
    expect(parseSavedState(otherModel)?.run).toBeNull();
  });
});
