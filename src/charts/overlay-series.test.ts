import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translate';
import { defaultSettings } from '../settings/schema';
import { appendPoints, emptyHistory, type LossHistory } from '../state/loss-history';
import { noFigures, type RunRecord } from '../state/run-list';
import { buildOverlay, MAX_OVERLAY_POINTS, mergeOverlayRows } from './overlay-series';

const en = translatorFor('en');

function history(points: number, offset = 0): LossHistory {
  const raw = Array.from({ length: points }, (_, index) => ({
    epoch: index / 10,
    loss: 1 / (index + 1) + offset,
  }));
  return { ...emptyHistory, train: appendPoints(emptyHistory.train, raw) };
}

function run(id: number, overlaid: boolean, points = 3): RunRecord {
  const settings = { ...defaultSettings, learningRate: id / 100 };
  const origin = { kind: 'training' } as const;
  return { id, name: `Run ${id}`, settings, history: history(points), figures: noFigures, origin, overlaid };
}

describe('buildOverlay', () => {
  it('draws the ticked runs only, each with its own colour and dash and a legend name', () => {
    const overlay = buildOverlay(
      [run(1, true), run(2, false), run(3, true), run(4, true)],
      null,
      emptyHistory,
      en,
    );
    expect(overlay.series.map((series) => series.name)).toEqual([
      'Run 1: adam, lr 0.01',
      'Run 3: adam, lr 0.03',
      'Run 4: adam, lr 0.04',
    ]);
    expect(new Set(overlay.series.map((series) => series.colour)).size).toBe(3);
    expect(new Set(overlay.series.map((series) => series.dash)).size).toBe(3);
    expect(overlay.rows.filter((row) => 'run-3' in row)).toHaveLength(3);
  });

  it('draws the run training writes to from the live history, and thins long curves', () => {
    const live = history(7, 5);
    const overlay = buildOverlay([run(1, true, MAX_OVERLAY_POINTS * 2 + 1)], 1, live, en);
    expect(overlay.rows).toHaveLength(7);
    expect(overlay.rows[0]?.['run-1']).toBe(6);
    const long = buildOverlay([run(1, true, MAX_OVERLAY_POINTS * 2 + 1)], null, live, en);
    expect(long.rows.length).toBeLessThanOrEqual(MAX_OVERLAY_POINTS);
    expect(long.rows.at(-1)?.epoch).toBe(MAX_OVERLAY_POINTS / 5);
  });

  it('merges the overlay rows into the chart rows by epoch', () => {
    const overlay = buildOverlay([run(1, true)], null, emptyHistory, en);
    const merged = mergeOverlayRows([{ epoch: 0.05, train: 2 }], overlay);
    expect(merged.map((row) => row.epoch)).toEqual([0, 0.05, 0.1, 0.2]);
  });
});
