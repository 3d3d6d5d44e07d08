import type { BareReply, BareRequest, BareResult } from './protocol';

/** Starts a bare worker, runs one measurement in it and ends the worker; the harness calls it as
 * `window.runBare(...)`. */
function runBare(request: Omit<BareRequest, 'dataUrl'>): Promise<BareResult> {
  const worker = new Worker(new URL('./bare-loop.worker.ts', import.meta.url), {
    type: 'module',
    name: 'bare',
  });
  const dataUrl = new URL('../data/', document.baseURI).href;
  return new Promise<BareResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<BareReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the bare worker failed to load'));
    };
    worker.postMessage({ ...request, dataUrl } satisfies BareRequest);
  });
}

Object.assign(window, { runBare });
document.body.dataset.ready = 'true';
