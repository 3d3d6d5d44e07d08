import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

describe('throttle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the first call at once and the last of a burst when the interval ends', () => {
    const calls: number[] = [];
    const throttled = throttle((value: number) => calls.push(value), 100);
    throttled.call(1);
    throttled.call(2);
    throttled.call(3);
    expect(calls).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(calls).toEqual([1, 3]);
    vi.advanceTimersByTime(500);
    expect(calls).toEqual([1, 3]);
  });

  it('runs at most once per interval during a long burst', () => {
    const calls: number[] = [];
    const throttled = throttle((value: number) => calls.push(value), 100);
    for (let t = 0; t < 1000; t += 10) {
      throttled.call(t);
      vi.advanceTimersByTime(10);
    }
    expect(calls.length).toBeGreaterThanOrEqual(9);
    expect(calls.length).toBeLessThanOrEqual(11);
  });

  it('drops the pending call when cancelled', () => {
    const calls: number[] = [];
    const throttled = throttle((value: number) => calls.push(value), 100);
    throttled.call(1);
    throttled.call(2);
    throttled.cancel();
    vi.advanceTimersByTime(200);
    expect(calls).toEqual([1]);
  });
});
