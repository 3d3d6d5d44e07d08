import { useEffect, useMemo, useState } from 'react';
import { throttle } from './throttle';

/** The value, updated at most once per `intervalMs` (the latest value always arrives): keeps a costly view,
 * such as a chart, from redrawing at the rate the worker reports. */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const update = useMemo(() => throttle((next: T) => setShown(() => next), intervalMs), [intervalMs]);
  useEffect(() => {
    update.call(value);
  }, [value, update]);
  useEffect(() => () => update.cancel(), [update]);
  return shown;
}
