type Immediate = (callback: () => void) => unknown;

/** Lets queued messages run before the next batch. A MessageChannel message is a macrotask without the
 * ≥ 4 ms clamp of setTimeout(0); one channel serves every yield (a new channel per batch costs measurably on
 * sub-millisecond steps). Where setImmediate exists (Node, in tests) it does the same job. */
export function createYielder(): () => Promise<void> {
  const setImmediate = (globalThis as { setImmediate?: Immediate }).setImmediate;
  if (setImmediate) return () => new Promise((resolve) => setImmediate(resolve));
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}
