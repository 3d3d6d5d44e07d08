import { describe, expect, it } from 'vitest';
import { phraseText } from '../settings/phrases';
import { defaultSettings } from '../settings/schema';
import { encodeExperiment, parseExperiment, type Experiment } from './experiment-file';
import { appendPoints, curvePoints, emptyCurve, emptyHistory } from './loss-history';
import { lossHistoryCsv } from './loss-csv';

const experiment: Experiment = {
  settings: { ...defaultSettings, latentSize: 4, optimizer: 'rmsprop', seed: 3 },
  history: {
    ...emptyHistory,
    train: appendPoints(emptyCurve, [
      { epoch: 0.5, loss: 0.4 },
      { epoch: 1, loss: 0.3 },
    ]),
    validation: appendPoints(emptyCurve, [{ epoch: 1, loss: 0.35 }]),
  },
};

function withChanges(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(encodeExperiment(experiment)) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

describe('experiment file', () => {
  it('round-trips the settings and the loss curves', () => {
    const reading = parseExperiment(encodeExperiment(experiment));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.experiment.settings).toEqual(experiment.settings);
    expect(curvePoints(reading.experiment.history.train)).toEqual(curvePoints(experiment.history.train));
    expect(curvePoints(reading.experiment.history.validation)).toEqual([{ epoch: 1, loss: 0.35 }]);
  });

  it('gives settings added since the file was written their defaults', () => {
    const reading = parseExperiment(
      withChanges((file) => delete (file.settings as Record<string, unknown>).seed),
    );
    expect(reading.ok && reading.experiment.settings.seed).toBe(defaultSettings.seed);
  });

  it.each([
    ['not JSON', '{"format": "autoencoder', /not valid JSON/],
    ['another JSON file', '{"name": "package"}', /not an Autoencoder Playground experiment/],
    [
      'a bad setting',
      withChanges((file) => ((file.settings as Record<string, unknown>).learningRate = -1)),
      /settings are invalid: Learning rate: must be at least/,
    ],
    [
      'an unknown setting',
      withChanges((file) => ((file.settings as Record<string, unknown>).dropout = 0.5)),
      /unknown setting dropout/,
    ],
    [
      'a broken point',
      withChanges((file) => ((file.history as Record<string, unknown>).train = [{ epoch: 1, loss: 'x' }])),
      /history\.train\.0\.loss/,
    ],
  ])('refuses %s with a message naming what is wrong', (_, text, message) => {
    const reading = parseExperiment(text);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(phraseText(reading.error)).toMatch(message);
    expect(phraseText(reading.error)).toMatch(
      /^This experiment file cannot be opened: .*Nothing was changed\.$/,
    );
  });
});

describe('loss CSV', () => {
  it('writes one row per epoch with the curves side by side', () => {
    expect(lossHistoryCsv(experiment.history)).toBe(
      'epoch,train_loss,validation_loss\n0.5,0.4,\n1,0.3,0.35\n',
    );
  });
});
