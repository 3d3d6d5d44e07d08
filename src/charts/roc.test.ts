import { describe, expect, it } from 'vitest';
import { confusionAt, rocCurve } from './roc';

// Five samples by hand: anomalies score 0.9, 0.6 and 0.3; normal ones 0.8 and 0.2.
// Pairs (anomaly, normal) where the anomaly scores higher: (0.9,0.8) (0.9,0.2) (0.6,0.2) (0.3,0.2) = 4 of 6.
const scores = [0.9, 0.8, 0.6, 0.3, 0.2];
const isAnomaly = [true, false, true, true, false];

describe('ROC and AUC', () => {
  it('walks the thresholds down and gives the hand-computed area 4/6', () => {
    const { points, auc } = rocCurve(scores, isAnomaly);
    expect(points.map((p) => [p.falsePositiveRate, p.truePositiveRate])).toEqual([
      [0, 0],
      [0, 1 / 3],
      [0.5, 1 / 3],
      [0.5, 2 / 3],
      [0.5, 1],
      [1, 1],
    ]);
    expect(auc).toBeCloseTo(4 / 6, 12);
  });

  it('counts ties as half', () => {
    expect(rocCurve([0.5, 0.5], [true, false]).auc).toBeCloseTo(0.5, 12);
  });

  it('is 1 for a perfect score and 0 for an inverted one', () => {
    expect(rocCurve([3, 2, 1], [true, false, false]).auc).toBe(1);
    expect(rocCurve([1, 2, 3], [true, false, false]).auc).toBe(0);
  });

  it('has no area without both kinds of sample', () => {
    expect(rocCurve([1, 2], [false, false]).auc).toBeNaN();
  });
});

describe('precision, recall and false-positive rate at a threshold', () => {
  it('flags scores at or above the threshold', () => {
    const figures = confusionAt(scores, isAnomaly, 0.6);
    expect(figures).toMatchObject({
      truePositives: 2,
      falsePositives: 1,
      trueNegatives: 1,
      falseNegatives: 1,
    });
    expect(figures.precision).toBeCloseTo(2 / 3, 12);
    expect(figures.recall).toBeCloseTo(2 / 3, 12);
    expect(figures.falsePositiveRate).toBeCloseTo(0.5, 12);
  });
});
