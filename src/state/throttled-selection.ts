import type { Store } from './store';
import { throttle } from './throttle';

/** Calls `onChange` with the selected part of the store at once and then at most once per `intervalMs` while
 * the store changes (the latest part always arrives, unchanged parts are not repeated). A change to a store
 * value for which `atOnceWhen` holds (training paused or done, say) is passed on at once, with any pending one
 * dropped: the view shows where the run stopped, not a value up to `intervalMs` old. Returns the way to stop.
 * A costly view subscribed this way neither re-renders nor redraws at the rate the worker reports. */
export function subscribeThrottled<T, S>(
  store: Store<T>,
  select: (value: T) => S,
  intervalMs: number,
  onChange: (selected: S) => void,
  atOnceWhen: (value: T) => boolean = () => false,
): () => void {
  let last: S = select(store.get());
  onChange(last);
  const passOn = () => {
    const next = select(store.get());
    if (Object.is(next, last)) return;
    last = next;
    onChange(next);
  };
  const update = throttle(passOn, intervalMs);
  const unsubscribe = store.subscribe(() => {
    if (!atOnceWhen(store.get())) {
      update.call();
      return;
    }
    update.cancel();
    passOn();
  });
  return () => {
    unsubscribe();
    update.cancel();
  };
}
