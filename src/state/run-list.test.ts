import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/schema';
import { appendPoints, emptyHistory } from './loss-history';
import {
  addDetachedRuns,
  closeCurrentRun,
  deleteRun,
  emptyRunList,
  mergeSavedRuns,
  MAX_RUNS,
  noFigures,
  openRun,
  recordRun,
  renameRun,
  runLabel,
  runName,
  runTokens,
  setOverlaid,
  type RunSnapshot,
} from './run-list';
import { translatorFor } from '../i18n/translate';

const en = translatorFor('en');

function snapshot(step: number, changes: Partial<typeof defaultSettings> = {}): RunSnapshot {
  return {
    settings: { ...defaultSettings, ...changes },
    history: {
      ...emptyHistory,
      train: appendPoints(emptyHistory.train, [{ epoch: step / 10, loss: 1 / step }]),
    },
    figures: { ...noFigures, step, epoch: Math.floor(step / 10), trainLoss: 1 / step },
  };
}

describe('run list', () => {
  it('adds a run at the first recording and updates it while training writes to it', () => {
    let state = recordRun(emptyRunList, snapshot(5));
    state = recordRun(state, snapshot(9, { learningRate: 0.01 }));
    expect(state.runs).toHaveLength(1);
    expect(state.runs[0]).toMatchObject({ id: 1, name: 'Run 1', figures: { step: 9 } });
    expect(state.currentId).toBe(1);
  });

  it('starts a new run after the current one closed, or when the run’s settings changed', () => {
    let state = closeCurrentRun(recordRun(emptyRunList, snapshot(5)));
    state = recordRun(state, snapshot(3));
    state = recordRun(state, snapshot(4, { latentSize: 8 }));
    expect(state.runs.map((run) => [run.id, run.figures.step])).toEqual([
      [1, 5],
      [2, 3],
      [3, 4],
    ]);
    expect(state.currentId).toBe(3);
  });

  it('renames, deletes and overlays runs; a blank name gives the default back', () => {
    let state = recordRun(emptyRunList, snapshot(5));
    state = renameRun(state, 1, 'Baseline');
    expect(runLabel(state.runs[0]!, en)).toBe('Baseline: adam, lr 0.001');
    state = renameRun(state, 1, '  ');
    expect(state.runs[0]?.name).toBe('Run 1');
    state = setOverlaid(state, 1, true);
    expect(state.runs[0]?.overlaid).toBe(true);
    state = deleteRun(state, 1);
    expect(state).toMatchObject({ runs: [], currentId: null, nextId: 2 });
  });

  it('keeps at most MAX_RUNS runs, dropping the oldest that are not drawn', () => {
    let state = setOverlaid(recordRun(emptyRunList, snapshot(1)), 1, true);
    for (let run = 2; run <= MAX_RUNS + 5; run++) state = recordRun(closeCurrentRun(state), snapshot(run));
    expect(state.runs).toHaveLength(MAX_RUNS);
    expect(state.runs[0]?.id).toBe(1);
    expect(state.runs[1]?.id).toBe(7);
    expect(state.runs.at(-1)?.id).toBe(MAX_RUNS + 5);
  });

  it('adds the racers’ runs drawn and detached from training, and names what an A/B run changed', () => {
    const racers = [0.1, 0.2].map((learningRate) => ({
      ...defaultSettings,
      optimizer: 'sgd' as const,
      learningRate,
    }));
    const { state, ids } = addDetachedRuns(recordRun(emptyRunList, snapshot(5)), racers, {
      kind: 'race',
      diverged: false,
    });
    expect(ids).toEqual([2, 3]);
    expect(state.currentId).toBe(1);
    expect(state.runs.slice(1).map((run) => runLabel(run, en))).toEqual([
      'Run 2: sgd, lr 0.1',
      'Run 3: sgd, lr 0.2',
    ]);
    const ab = openRun(
      state,
      snapshot(1, { latentSize: 8 }),
      { kind: 'ab', baseId: 1, changed: 'latentSize', note: '' },
      true,
    );
    expect(ab.state.currentId).toBe(4);
    expect(runLabel(ab.state.runs.at(-1)!, en)).toBe('Run 4: adam, lr 0.001, latentSize 8');
  });

  it('words default names, optimizers and changed settings in the page’s language, keeping a renamed run’s name', () => {
    const zh = translatorFor('zh-CN');
    const state = recordRun(emptyRunList, snapshot(5));
    const ab = openRun(
      state,
      snapshot(1, { latentSize: 8 }),
      { kind: 'ab', baseId: 1, changed: 'latentSize', note: '' },
      true,
    ).state;
    expect(runLabel(ab.runs[0]!, zh)).toBe('训练 1：Adam，学习率 0.001');
    expect(runLabel(ab.runs[1]!, zh)).toBe('训练 2：Adam，学习率 0.001，潜在编码维数 8');
    expect(runName(renameRun(ab, 1, 'Baseline').runs[0]!, zh.t)).toBe('Baseline');
    expect(runTokens({ ...ab.runs[0]!, figures: { ...noFigures, backend: 'wasm' } }, zh)).toEqual({
      optimizer: 'Adam',
      backend: 'WASM',
    });
  });

  it('puts a saved list back before the runs recorded while it was read, renumbering those', () => {
    const saved = recordRun(closeCurrentRun(recordRun(emptyRunList, snapshot(5))), snapshot(6));
    const recorded = renameRun(recordRun(recordRun(emptyRunList, snapshot(1)), snapshot(2)), 1, 'Mine');
    const merged = mergeSavedRuns(closeCurrentRun(saved), recordRun(closeCurrentRun(recorded), snapshot(3)));
    expect(merged.runs.map((run) => [run.id, run.name, run.figures.step])).toEqual([
      [1, 'Run 1', 5],
      [2, 'Run 2', 6],
      [3, 'Mine', 2],
      [4, 'Run 4', 3],
    ]);
    expect(merged).toMatchObject({ nextId: 5, currentId: 4 });
    expect(mergeSavedRuns(saved, emptyRunList)).toBe(saved);
  });
});
