import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from './store';
import { subscribeThrottled } from './throttled-selection';

describe('subscribeThrottled', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('passes on ten updates a second at most four times a second, the latest always last', () => {
    const store = createStore({ step: 0, history: [0] });
    const seen: number[][] = [];
    subscribeThrottled(
      store,
      (state) => state.history,
      250,
      (history) => seen.push(history),
    );
    for (let step = 1; step <= 20; step++) {
      vi.advanceTimersByTime(100);
      store.set({ step, history: [step] });
    }
    vi.advanceTimersByTime(250);
    // The first value at once, then one per 250 ms over the 2 s of updates.
    expect(seen.length).toBeLessThanOrEqual(1 + 9);
    expect(seen.length).toBeGreaterThanOrEqual(8);
    expect(seen.at(-1)).toEqual([20]);
  });

  it('stays quiet when the selected part did not change, and after it was stopped', () => {
    const history = [1, 2];
    const store = createStore({ step: 0, history });
    const onChange = vi.fn();
    const stop = subscribeThrottled(store, (state) => state.history, 250, onChange);
    store.set({ step: 1, history });
    vi.advanceTimersByTime(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    store.set({ step: 2, history: [3] });
    vi.advanceTimersByTime(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('passes a change on at once, dropping the pending one, where the store says so', () => {
    const store = createStore({ running: true, step: 0 });
    const seen: number[] = [];
    subscribeThrottled(
      store,
      (state) => state.step,
      250,
      (step) => seen.push(step),
      (state) => !state.running,
    );
    store.set({ running: true, step: 1 });
    vi.advanceTimersByTime(100);
    store.set({ running: true, step: 2 });
    // Still within 250 ms of the last change shown: the step waits.
    expect(seen).toEqual([0, 1]);
    store.set({ running: false, step: 3 });
    expect(seen).toEqual([0, 1, 3]);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([0, 1, 3]);
  });
});
