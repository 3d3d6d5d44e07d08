type Immediate = (callback: () => void) => unknown;

/** Lets queued messages run before the next batch. A MessageChannel message is a macrotask without the
 * ≥ 4 ms clamp of setTimeout(0); where setImmediate exists (Node, in tests) it does the same job. */
export function yieldToEventLoop(): Promise<void> {
  const setImmediate = (globalThis as { setImmediate?: Immediate }).setImmediate;
  if (setImmediate) return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
