import { describe, expect, it } from 'vitest';
import { raceOptimizers } from '../settings/race';
import { defaultSettings } from '../settings/schema';
import type { FromWorker, ToWorker } from '../worker/protocol';
import { curvePoints } from './loss-history';
import { createPlayground } from './playground';
import { runLabel } from './run-list';
import { translatorFor } from '../i18n/translate';
import { phraseText, type Phrase } from '../settings/phrases';

const en = translatorFor('en');

function progress(step: number, trainLoss: number): FromWorker {
  return {
    type: 'progress',
    step,
    epoch: step / 10,
    trainLoss,
    regularization: null,
    validation: [],
    samplesPerSecond: 100,
    tensorCount: 10,
  };
}

function setUp() {
  const sent: ToWorker[] = [];
  const playground = createPlayground(defaultSettings, () => ({
    send: (message) => sent.push(message),
    terminate: () => undefined,
  }));
  /** The worker's side of a run trained for `steps` steps, then paused. */
  const trainAndPause = (steps: number) => {
    playground.receive({
      type: 'runStarted',
      dataset: { features: 2, kind: 'tabular', imageShape: null, classes: null },
      trainCount: 10,
      previewInputs: new Float32Array(2),
      previewLabels: null,
      previewCount: 1,
    });
    playground.receive({ type: 'phase', phase: 'running' });
    for (let step = 1; step <= steps; step++) {
      playground.receive(progress(step, 1 / step));
    }
    playground.receive({ type: 'phase', phase: 'paused' });
  };
  const runs = () => playground.runs.runs.get();
  return { sent, playground, trainAndPause, runs };
}

describe('the run list of the playground', () => {
  it('records a run when it pauses, updates it at a reset, and starts another for the next run', () => {
    const { playground, trainAndPause, runs } = setUp();
    playground.train();
    trainAndPause(3);
    expect(runs().runs).toHaveLength(1);
    expect(runs().runs[0]?.figures).toMatchObject({ step: 3, trainLoss: 1 / 3, samplesPerSecond: 100 });
    playground.train();
    playground.receive({ type: 'phase', phase: 'running' });
    playground.receive(progress(4, 0.25));
    playground.train();
    trainAndPause(2);
    expect(runs().runs.map((run) => [run.id, run.figures.step])).toEqual([
      [1, 4],
      [2, 2],
    ]);
  });

  it('A/B trains a copy of the current run with one setting changed, both drawn', () => {
    const { sent, playground, trainAndPause, runs } = setUp();
    expect(phraseText(playground.runs.startAbTest('learningRate', '0.01')!)).toMatch(
      /Train or step a run first/,
    );
    playground.train();
    trainAndPause(3);
    const sentBefore = sent.length;
    expect(playground.runs.startAbTest('learningRate', '0.01')).toBeNull();
    expect(sent[sentBefore]).toEqual({ type: 'reset' });
    expect(sent.at(-1)).toEqual({ type: 'start', settings: { ...defaultSettings, learningRate: 0.01 } });
    trainAndPause(2);
    const [a, b] = runs().runs;
    expect(runs().currentId).toBe(b?.id);
    expect([a?.overlaid, b?.overlaid]).toEqual([true, true]);
    expect(b && runLabel(b, en)).toBe('Run 2: adam, lr 0.01');
    expect(b?.origin).toMatchObject({ kind: 'ab', baseId: 1 });
    expect(b?.origin.kind === 'ab' && phraseText(b.origin.note as Phrase)).toMatch(/initial weights/);
    expect(curvePoints(b!.history.train)).toHaveLength(2);
    expect(curvePoints(a!.history.train)).toHaveLength(3);
  });

  it('the optimizer race adds one drawn run per optimizer and fills them from the race’s reports', () => {
    const { sent, playground, runs } = setUp();
    playground.runs.startRace();
    expect(sent.at(-1)).toEqual({ type: 'startRace', settings: defaultSettings });
    expect(runs().runs.map((run) => run.settings.optimizer)).toEqual(raceOptimizers);
    expect(runs().runs.every((run) => run.overlaid)).toBe(true);
    playground.receive({ type: 'raceStarted', backend: 'cpu', racers: 5 });
    playground.receive({
      type: 'raceProgress',
      samplesPerSecond: 500,
      racers: raceOptimizers.map((_, index) => ({
        index,
        step: 4,
        epoch: 1,
        trainLoss: 0.5 + index,
        validation: [{ epoch: 1, loss: 0.4 }],
        diverged: index === 0,
        finished: false,
      })),
    });
    playground.receive({ type: 'raceEnded', outcome: 'finished', message: null });
    expect(playground.runs.race.get()).toMatchObject({ phase: 'finished', samplesPerSecond: 500 });
    const last = runs().runs.at(-1);
    expect(last?.figures).toMatchObject({
      step: 4,
      trainLoss: 4.5,
      validationLoss: 0.4,
      samplesPerSecond: 100,
    });
    expect(runs().runs[0]?.origin).toEqual({ kind: 'race', diverged: true });
    expect(curvePoints(last!.history.validation)).toEqual([{ epoch: 1, loss: 0.4 }]);
  });
});
