// Drives the bench-only page whose worker trains with a bare tfjs loop (bench/bare/).

/** @typedef {import('./bare/protocol.ts').BareRequest} BareRequest */
/** @typedef {import('./bare/protocol.ts').BareResult} BareResult */
/** @typedef {import('./options.mjs').BenchModel} BenchModel */
/** @typedef {import('./options.mjs').BenchOptions} BenchOptions */
/** @typedef {import('./options.mjs').BenchBackend} BenchBackend */
/** @typedef {import('./browser.mjs').BenchPage} BenchPage */

/**
 * In the page: runs one bare measurement (the page defines `window.runBare`).
 * @param {Omit<BareRequest, 'dataUrl'>} request
 * @returns {Promise<BareResult>}
 */
function callRunBare(request) {
  const run = /** @type {{ runBare: (request: Omit<BareRequest, 'dataUrl'>) => Promise<BareResult> }} */ (
    /** @type {unknown} */ (globalThis)
  ).runBare;
  return run(request);
}

/**
 * Trains `model` on `backend` with the bare loop and returns its figures.
 * @param {BenchPage} bench
 * @param {string} bareUrl the bench page's URL
 * @param {BenchBackend} backend
 * @param {BenchModel} model
 * @param {BenchOptions} options
 * @returns {Promise<BareResult & { problems: string[] }>}
 */
export async function measureBare(bench, bareUrl, backend, model, options) {
  const { page } = bench;
  await page.goto(bareUrl);
  await page.locator('body[data-ready="true"]').waitFor();
  const result = await page.evaluate(callRunBare, {
    hash: `${model.hash}&backend=${backend}`,
    softwareWebgl: backend === 'webgl',
    warmupMs: options.warmupMs,
    durationMs: options.speedWindowMs,
  });
  return { ...result, problems: bench.problems };
}
