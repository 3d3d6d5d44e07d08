/** A throttled action: `call` runs it at most once per interval; `cancel` drops a pending call. */
export interface Throttled<A extends unknown[]> {
  call: (...args: A) => void;
  cancel: () => void;
}

/** Wraps `action` so that it runs at once when idle, and otherwise once more with the latest arguments when
 * `intervalMs` has passed since the last run; the calls in between are dropped. */
export function throttle<A extends unknown[]>(
  action: (...args: A) => void,
  intervalMs: number,
): Throttled<A> {
  let lastRun = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;
  const run = (args: A) => {
    lastRun = Date.now();
    action(...args);
  };
  const flush = () => {
    timer = null;
    if (!pending) return;
    const args = pending;
    pending = null;
    run(args);
  };
  return {
    call(...args) {
      const wait = lastRun + intervalMs - Date.now();
      if (wait <= 0 && !timer) {
        run(args);
        return;
      }
      pending = args;
      timer ??= setTimeout(flush, Math.max(0, wait));
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
