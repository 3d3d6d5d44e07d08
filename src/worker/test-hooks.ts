import { loseWebglContext } from '../core/backend';

/** End-to-end tests' forced failures (only with the page's ?test-hooks): a crash, a lost WebGL context, or a
 * worker that stops answering. */
export function runTestHook(action: 'crash' | 'loseWebglContext' | 'hang', now: () => number): void {
  if (action === 'crash') {
    setTimeout(() => {
      // An uncaught error reaches the page as an error event; the worker then ends, as a crashed one would.
      queueMicrotask(() => (globalThis as { close?: () => void }).close?.());
      throw new Error('Simulated crash of the training worker');
    });
  } else if (action === 'loseWebglContext') {
    loseWebglContext();
  } else {
    // Blocks the worker for good, as an endless computation would.
    for (;;) now();
  }
}
