import { describe, expect, it } from 'vitest';
import {
  appendPoints,
  curvePoints,
  emptyCurve,
  MAX_POINTS,
  toChartRows,
  valuesNear,
  type LossCurve,
} from './loss-history';

describe('loss history', () => {
  it('keeps at most MAX_POINTS over any number of points, spanning the whole run evenly', () => {
    let curve: LossCurve = emptyCurve;
    for (let i = 1; i <= 20_000; i++) curve = appendPoints(curve, [{ epoch: i, loss: 1 / i }]);
    const points = curvePoints(curve);
    expect(points.length).toBeLessThanOrEqual(MAX_POINTS + 1);
    expect(points.length).toBeGreaterThan(MAX_POINTS / 2);
    expect(points[0]?.epoch).toBeLessThan(100);
    expect(points.at(-1)?.epoch).toBeGreaterThan(19_900);
    const gaps = points.slice(1, -1).map((point, index) => point.epoch - (points[index]?.epoch ?? 0));
    expect(Math.max(...gaps)).toBe(Math.min(...gaps));
  });

  it('shows the newest value at once, before its bucket is full', () => {
    let curve: LossCurve = emptyCurve;
    for (let i = 1; i <= 1000; i++) curve = appendPoints(curve, [{ epoch: i, loss: 1 }]);
    const before = curvePoints(curve).at(-1);
    curve = appendPoints(curve, [{ epoch: 1001, loss: 5 }]);
    const after = curvePoints(curve).at(-1);
    expect(after?.epoch).toBeGreaterThan(before?.epoch ?? Infinity);
    expect(after?.loss).toBeGreaterThan(1);
  });

  it('drops non-finite losses', () => {
    const curve = appendPoints(emptyCurve, [
      { epoch: 1, loss: Number.NaN },
      { epoch: 2, loss: 0.5 },
    ]);
    expect(curvePoints(curve)).toEqual([{ epoch: 2, loss: 0.5 }]);
  });

  it('merges both curves into rows ordered by epoch', () => {
    const train = appendPoints(emptyCurve, [
      { epoch: 0.5, loss: 2 },
      { epoch: 1.5, loss: 1 },
    ]);
    const validation = appendPoints(emptyCurve, [{ epoch: 1, loss: 1.5 }]);
    expect(toChartRows({ train, validation, regularization: emptyCurve })).toEqual([
      { epoch: 0.5, train: 2 },
      { epoch: 1, validation: 1.5 },
      { epoch: 1.5, train: 1 },
    ]);
  });
});

describe('chart rows of a variant with a term of its own', () => {
  const curve = (points: { epoch: number; loss: number }[]) => appendPoints(emptyCurve, points);
  const history = {
    train: curve([
      { epoch: 0.1, loss: 1 },
      { epoch: 0.2, loss: 0.8 },
    ]),
    validation: curve([{ epoch: 1, loss: 0.7 }]),
    regularization: curve([
      { epoch: 0.1, loss: 0.25 },
      { epoch: 0.2, loss: 0.3 },
    ]),
  };

  it('splits the training loss into reconstruction and the variant’s term', () => {
    const rows = toChartRows(history);
    expect(rows[1]).toEqual({ epoch: 0.2, train: 0.8, regularization: 0.3, reconstruction: 0.5 });
  });

  it('gives a tooltip every curve’s nearest value, though their points sit at different epochs', () => {
    expect(valuesNear(toChartRows(history), 0.9)).toEqual({
      train: 0.8,
      validation: 0.7,
      regularization: 0.3,
      reconstruction: 0.5,
    });
  });
});
