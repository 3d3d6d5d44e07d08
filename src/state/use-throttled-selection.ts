import { startTransition, useEffect, useState } from 'react';
import type { Store } from './store';
import { subscribeThrottled } from './throttled-selection';

/** How often the live views that follow the training store (the loss chart, the figures) change. The worker
 * reports ten times a second; views that follow one store at one interval change together, in one frame, and
 * each frame costs the compositor (about 25 ms a frame on this machine's software renderer). */
export const LIVE_VIEW_INTERVAL_MS = 250;

/** Part of a store, re-read at most once per `intervalMs` (the latest part always arrives). Unlike reading the
 * store and throttling the value, the component itself re-renders only at that rate, and as a transition:
 * React renders it in slices that give way to the browser, not inside the worker message's task. `select`
 * must be stable. */
export function useThrottledSelection<T, S>(store: Store<T>, select: (value: T) => S, intervalMs: number): S {
  const [shown, setShown] = useState(() => select(store.get()));
  useEffect(
    () =>
      subscribeThrottled(store, select, intervalMs, (next) => startTransition(() => setShown(() => next))),
    [store, select, intervalMs],
  );
  return shown;
}
