// DevTools sessions that read the JS heap of the page and of its training worker, for `npm run soak`.

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {(method: string, params?: Record<string, unknown>) => Promise<unknown>} Send */
/** @typedef {{ send: Send, detach: () => Promise<void> }} Inspector */

/**
 * A session on the page itself.
 * @param {Page} page
 * @returns {Promise<Inspector>}
 */
export async function inspectPage(page) {
  const session = await page.context().newCDPSession(page);
  return {
    send: (method, params) =>
      session.send(/** @type {Parameters<typeof session.send>[0]} */ (method), params ?? {}),
    detach: () => session.detach(),
  };
}

/**
 * A session on the dedicated worker whose script URL contains `urlPart`. Playwright opens sessions on pages
 * only, so this goes through the browser's session and the Target domain's message relay.
 * @param {Browser} browser
 * @param {string} urlPart
 * @returns {Promise<Inspector>}
 */
export async function inspectWorker(browser, urlPart) {
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  const target = targetInfos.find((info) => info.type === 'worker' && info.url.includes(urlPart));
  if (!target) throw new Error(`No worker with "${urlPart}" in its URL is running`);
  const { sessionId } = await session.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  /** @type {Map<number, { resolve: (value: unknown) => void, reject: (error: Error) => void }>} */
  const pending = new Map();
  session.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    /** @type {unknown} */
    const parsed = JSON.parse(event.message);
    const message = /** @type {{ id?: number, result?: unknown, error?: { message: string } }} */ (parsed);
    const waiter = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiter || message.id === undefined) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(message.error.message));
    else waiter.resolve(message.result);
  });
  let nextId = 1;
  return {
    send: (method, params) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        const message = JSON.stringify({ id, method, params: params ?? {} });
        session.send('Target.sendMessageToTarget', { sessionId, message }).catch(reject);
      }),
    detach: () => session.detach(),
  };
}

/**
 * The memory held after a full garbage collection, in bytes: what the code still holds, not what the collector
 * has yet to free. `heap` is the JS heap; `buffers` the backing stores of ArrayBuffers, WebAssembly's memory
 * among them (NaN where the browser does not say).
 * @param {Inspector} inspector
 * @returns {Promise<{ heap: number, buffers: number }>}
 */
export async function retainedMemory(inspector) {
  await inspector.send('HeapProfiler.collectGarbage');
  const usage = /** @type {{ usedSize: number, backingStorageSize?: number }} */ (
    await inspector.send('Runtime.getHeapUsage')
  );
  return { heap: usage.usedSize, buffers: usage.backingStorageSize ?? Number.NaN };
}
