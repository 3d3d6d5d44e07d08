import { describe, expect, it } from 'vitest';
import { between, longestGap, longTaskSummary, median, speedFromSteps, valueAt } from './figures.mjs';

describe('bench figures', () => {
  it('takes the median of the finite values only', () => {
    expect(median([3, Number.NaN, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN])).toBeNull();
  });

  it('measures speed between the first and the last change of the Step figure', () => {
    const steps: [number, number][] = [
      [1000, 10],
      [1100, 14],
      [2000, 50],
    ];
    // 40 steps of 25 samples in 1 s.
    expect(speedFromSteps(steps, 25)).toBe(1000);
    expect(speedFromSteps(steps.slice(0, 1), 25)).toBeNaN();
  });

  it('finds the longest stand-still and the value at a time', () => {
    const samples: [number, number][] = [
      [0, 1],
      [100, 2],
      [1600, 3],
      [1700, 4],
    ];
    expect(longestGap(samples)).toBe(1500);
    expect(valueAt(samples, 1650)).toBe(3);
    expect(valueAt(samples, -1)).toBeNaN();
    expect(between(samples, 100, 1600)).toEqual([
      [100, 2],
      [1600, 3],
    ]);
  });

  it('counts the long tasks that started in a window', () => {
    const tasks: [number, number][] = [
      [50, 60],
      [500, 120],
      [900, 80],
    ];
    expect(longTaskSummary(tasks, 100, 1000)).toEqual({ count: 2, longestMs: 120 });
    expect(longTaskSummary(tasks, 2000, 3000)).toEqual({ count: 0, longestMs: 0 });
  });
});
