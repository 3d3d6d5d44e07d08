import { startTransition, useEffect, useState } from 'react';
import type { Store } from './store';
import { subscribeThrottled } from './throttled-selection';

/** How often the live views that follow the training store (the loss chart, the figures) change. The worker
 * reports ten times a second; each change is a frame, and each frame costs the compositor (about 25 ms a frame
 * on this machine's software renderer, taken from the training worker on two cores). */
export const LIVE_VIEW_INTERVAL_MS = 250;

/** Part of a store, re-read at most once per `intervalMs` (the latest part always arrives). Unlike reading the
 * store and throttling the value, the component itself re-renders only at that rate. By default as a
 * transition: React renders it in slices that give way to the browser, not inside the worker message's task,
 * for heavy views. A light view passes `transition: false` and renders at once: made a transition, the live
 * figures joined the loss chart's transition and its commit, and forced WebGL runs counted 11 and 20 long
 * tasks in 20 s instead of 3. A change for which `atOnceWhen` holds skips the throttle (see
 * `subscribeThrottled`). `select` and `atOnceWhen` must be stable. */
export function useThrottledSelection<T, S>(
  store: Store<T>,
  select: (value: T) => S,
  intervalMs: number,
  { transition = true, atOnceWhen }: { transition?: boolean; atOnceWhen?: (value: T) => boolean } = {},
): S {
  const [shown, setShown] = useState(() => select(store.get()));
  useEffect(
    () =>
      subscribeThrottled(
        store,
        select,
        intervalMs,
        (next) => {
          if (transition) startTransition(() => setShown(() => next));
          else setShown(() => next);
        },
        atOnceWhen,
      ),
    [store, select, intervalMs, transition, atOnceWhen],
  );
  return shown;
}
