import { describe, expect, it } from 'vitest';
import { fitLine, heapTolerance, judgeTrend, secondHalf } from './soak-figures.mjs';

const minutes = (count: number, value: (minute: number) => number): [number, number][] =>
  Array.from({ length: count + 1 }, (_, minute) => [minute * 60_000, value(minute)]);

describe('soak figures', () => {
  it('fits a straight line exactly', () => {
    const line = fitLine([
      [0, 1],
      [1000, 3],
      [2000, 5],
    ]);
    expect(line?.slope).toBeCloseTo(0.002, 12);
    expect(line?.intercept).toBeCloseTo(1, 12);
    expect(fitLine([[0, 1]])).toBeNull();
    expect(
      fitLine([
        [5, 1],
        [5, 2],
      ]),
    ).toBeNull();
  });

  it('keeps the samples from the middle of the run on', () => {
    expect(secondHalf(minutes(10, (m) => m)).map(([, v]) => v)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(secondHalf([])).toEqual([]);
  });

  it('calls a tensor count flat after its warm-up, and a leak of one tensor a minute growing', () => {
    const warmedUp = judgeTrend(
      minutes(10, (m) => (m < 2 ? 20 + m * 5 : 37)),
      0.5,
    );
    expect(warmedUp.verdict).toBe('flat');
    expect(warmedUp.slopePerMinute).toBeCloseTo(0, 12);
    const leaking = judgeTrend(
      minutes(10, (m) => 37 + m),
      0.5,
    );
    expect(leaking.verdict).toBe('growing');
    expect(leaking.slopePerMinute).toBeCloseTo(1, 9);
    expect(leaking.growth).toBeCloseTo(5, 9);
  });

  it('lets a heap wobble with garbage collection, but not climb', () => {
    const wobbling = minutes(20, (m) => 30e6 + (m % 2 === 0 ? 200_000 : -200_000));
    expect(judgeTrend(wobbling, heapTolerance(wobbling)).verdict).toBe('flat');
    const climbing = minutes(20, (m) => 30e6 + m * 400_000);
    expect(judgeTrend(climbing, heapTolerance(climbing)).verdict).toBe('growing');
    expect(heapTolerance(minutes(2, () => 10e6))).toBe(1_000_000);
    expect(heapTolerance(minutes(2, () => 100e6))).toBe(2_000_000);
  });

  it('gives no verdict on too few samples', () => {
    expect(
      judgeTrend(
        minutes(1, () => 1),
        0.5,
      ).verdict,
    ).toBe('too few samples');
  });
});
