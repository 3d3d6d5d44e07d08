import type { Store } from './store';
import { throttle } from './throttle';

/** Calls `onChange` with the selected part of the store at once and then at most once per `intervalMs` while
 * the store changes (the latest part always arrives, unchanged parts are not repeated). Returns the way to stop.
 * A costly view subscribed this way neither re-renders nor redraws at the rate the worker reports. */
export function subscribeThrottled<T, S>(
  store: Store<T>,
  select: (value: T) => S,
  intervalMs: number,
  onChange: (selected: S) => void,
): () => void {
  let last: S = select(store.get());
  onChange(last);
  const update = throttle(() => {
    const next = select(store.get());
    if (Object.is(next, last)) return;
    last = next;
    onChange(next);
  }, intervalMs);
  const unsubscribe = store.subscribe(() => update.call());
  return () => {
    unsubscribe();
    update.cancel();
  };
}
