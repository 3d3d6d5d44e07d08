// `npm run bench`: builds the app and a bare-loop page, trains both in headless Chromium on each backend and
// model, and reports speeds (as page ÷ bare ratios), long tasks, start-up time, tensor counts, bundle sizes and
// a native reference. BENCH_QUICK=1 for a smoke run, BENCH_BACKENDS=wasm,cpu and BENCH_MODELS=seed,mnist,map to
// choose what runs, BENCH_SKIP_BUILD=1 to reuse the last build, BENCH_WAIT_QUIET=60 to wait (up to 60 s before
// each measurement) for other processes to leave the CPU.
import { measureBare } from './bare.mjs';
import { launchBrowser, openPage } from './browser.mjs';
import { APP_OUT_DIR, BARE_OUT_DIR, buildAll } from './build.mjs';
import { busyShare, cpuSnapshot, describeMachine, otherLoad } from './machine.mjs';
import { measureNative } from './native.mjs';
import { readOptions } from './options.mjs';
import { measurePlayground, measureStartup } from './playground.mjs';
import { formatReport, writeResults } from './report.mjs';
import { startServer } from './server.mjs';
import { measureSizes } from './sizes.mjs';

/** @typedef {import('./browser.mjs').Browser} Browser */
/** @typedef {import('./browser.mjs').BenchPage} BenchPage */
/** @typedef {import('./report.mjs').SpeedRow} SpeedRow */
/** @typedef {import('./report.mjs').StartupRow} StartupRow */

const MEASUREMENT_TIMEOUT_MS = 300_000;

/**
 * Runs `measure` on a fresh page and closes it; an error or a timeout becomes `{ error }`. Also returns the
 * share of the CPU other processes took meanwhile.
 * @template T
 * @param {Browser} browser
 * @param {(page: BenchPage) => Promise<T>} measure
 * @param {number} waitQuietMs
 * @returns {Promise<{ result: T | { error: string }, load: number | null }>}
 */
async function onFreshPage(browser, measure, waitQuietMs) {
  if (waitQuietMs > 0) await waitForQuiet(waitQuietMs);
  const before = cpuSnapshot();
  const page = await openPage(browser);
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** @type {Promise<never>} */
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no result in ${MEASUREMENT_TIMEOUT_MS / 1000} s`)),
      MEASUREMENT_TIMEOUT_MS,
    );
  });
  try {
    return { result: await Promise.race([measure(page), timeout]), load: otherLoad(before, cpuSnapshot()) };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return { result: { error: message }, load: otherLoad(before, cpuSnapshot()) };
  } finally {
    clearTimeout(timer);
    await page.close();
  }
}

/**
 * Waits until other processes use under 15% of the CPU over a second, for at most `maxMs`.
 * @param {number} maxMs
 */
async function waitForQuiet(maxMs) {
  const end = Date.now() + maxMs;
  while (Date.now() < end) if (((await busyShare(1000)) ?? 0) < 0.15) return;
  log(`the CPU stayed busy with other work for ${maxMs / 1000} s; measuring anyway`);
}

/**
 * One line of progress on stderr.
 * @param {string} message
 */
function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

/**
 * Speed rows of one backend: each model in the playground, then in the bare loop.
 * @param {Browser} browser
 * @param {string} origin
 * @param {import('./options.mjs').BenchBackend} backend
 * @param {import('./options.mjs').BenchOptions} options
 * @returns {Promise<SpeedRow[]>}
 */
async function measureBackend(browser, origin, backend, options) {
  /** @type {SpeedRow[]} */
  const rows = [];
  for (const model of options.models) {
    const { result: playground, load: pageLoad } = await onFreshPage(
      browser,
      (page) => measurePlayground(page, `${origin}/`, backend, model, options),
      options.waitQuietMs,
    );
    const { result: bare, load: bareLoad } = await onFreshPage(
      browser,
      (page) => measureBare(page, `${origin}/bench/bare.html`, backend, model, options),
      options.waitQuietMs,
    );
    const ratio =
      'error' in playground || 'error' in bare ? null : playground.samplesPerSecond / bare.samplesPerSecond;
    const loads = [pageLoad, bareLoad].filter((load) => load !== null);
    const load = loads.length > 0 ? Math.max(...loads) : null;
    rows.push({ backend, model: model.label, playground, bare, ratio, otherLoad: load });
    const speed = (/** @type {{ samplesPerSecond: number } | { error: string }} */ result) =>
      'error' in result
        ? `error (${result.error})`
        : Math.round(result.samplesPerSecond).toLocaleString('en-US');
    log(
      `${backend} ${model.id}: page ${speed(playground)}, bare ${speed(bare)} samples/s, ratio ${ratio?.toFixed(2) ?? '—'}`,
    );
  }
  return rows;
}

/**
 * The start-up row of one backend.
 * @param {Browser} browser
 * @param {string} origin
 * @param {import('./options.mjs').BenchBackend | 'auto'} backend "auto" is the page a visitor gets: no backend
 *   chosen, no software WebGL switch, a first visit with no cached probe
 * @param {number} waitQuietMs
 * @returns {Promise<StartupRow>}
 */
async function startupRow(browser, origin, backend, waitQuietMs) {
  const { result, load } = await onFreshPage(
    browser,
    (page) => measureStartup(page, `${origin}/`, backend),
    waitQuietMs,
  );
  log(
    `${backend} start-up: ${'error' in result ? result.error : `first step at ${Math.round(result.firstStepMs)} ms`}`,
  );
  return { backend, ...result, otherLoad: load };
}

async function main() {
  const options = readOptions(process.env);
  const started = Date.now();
  if (process.env.BENCH_SKIP_BUILD === '1') log('BENCH_SKIP_BUILD=1: reusing the last build');
  else {
    log('building the app and the bare-loop page…');
    await buildAll();
  }
  const idleBefore = await busyShare(1000);
  if (idleBefore !== null && idleBefore > 0.25)
    log(
      `warning: ${Math.round(idleBefore * 100)}% of the CPU is busy with other work; speeds will be low and noisy`,
    );
  const server = await startServer([
    { prefix: '/bench/', folder: BARE_OUT_DIR },
    { prefix: '/', folder: APP_OUT_DIR },
  ]);
  const browser = await launchBrowser();
  /** @type {SpeedRow[]} */
  const speed = [];
  /** @type {StartupRow[]} */
  const startup = [];
  try {
    startup.push(await startupRow(browser, server.origin, 'auto', options.waitQuietMs));
    for (const backend of options.backends) {
      startup.push(await startupRow(browser, server.origin, backend, options.waitQuietMs));
      speed.push(...(await measureBackend(browser, server.origin, backend, options)));
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
  const machine = { ...describeMachine(browser.version()), otherLoadBeforeStart: idleBefore };
  log('native reference…');
  const native = await measureNative(options.nativeSeconds);
  const bestPage = Math.max(
    ...speed
      .filter((row) => row.model.startsWith('MNIST') && !('error' in row.playground))
      .map((row) => ('error' in row.playground ? 0 : row.playground.samplesPerSecond)),
  );
  const results = {
    date: new Date().toISOString(),
    machine,
    options,
    speed,
    startup,
    sizes: measureSizes(APP_OUT_DIR),
    native: native.available
      ? { ...native, browserRatio: Number.isFinite(bestPage) ? bestPage / native.samplesPerSecond : null }
      : native,
  };
  console.log(formatReport(results));
  log(`results written to ${writeResults(results)} (${Math.round((Date.now() - started) / 1000)} s in all)`);
}

await main();
