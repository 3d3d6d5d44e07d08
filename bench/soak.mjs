// `npm run soak`: trains MNIST in the production build for 10 minutes with every view open and samples, every
// 30 s, the tensor count and the retained JS heap of the page and of the training worker; then says whether
// any of them grows (a line fitted over the second half). SOAK_MINUTES=2 to shorten, SOAK_INTERVAL_S=10 to
// sample more often, SOAK_BACKEND=webgl (wasm by default), SOAK_SKIP_BUILD=1 to reuse the bench's last build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage } from './browser.mjs';
import { APP_OUT_DIR, buildApp } from './build.mjs';
import { longTaskSummary } from './figures.mjs';
import { inspectPage, inspectWorker, retainedMemory } from './inspector.mjs';
import { describeMachine } from './machine.mjs';
import { models, pageUrl } from './options.mjs';
import { openEveryView, readRecords } from './probes.mjs';
import { startServer } from './server.mjs';
import { heapTolerance, judgeTrend } from './soak-figures.mjs';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('./soak-figures.mjs').Sample} Sample */
/** @typedef {{ minute: number, step: number, tensors: number, samplesPerSecond: number, pageHeap: number, workerHeap: number, workerBuffers: number }} SoakSample */

const TENSOR_TOLERANCE = 0.5;
const MNIST = models.find((model) => model.id === 'mnist');

/**
 * Reads SOAK_MINUTES, SOAK_INTERVAL_S, SOAK_BACKEND and SOAK_SKIP_BUILD.
 * @param {NodeJS.ProcessEnv} env
 */
function readSoakOptions(env) {
  const backend = env.SOAK_BACKEND ?? 'wasm';
  if (!['wasm', 'webgl', 'cpu'].includes(backend))
    throw new Error(`SOAK_BACKEND: unknown backend ${backend}`);
  return {
    minutes: Math.max(0.5, Number(env.SOAK_MINUTES ?? 10) || 10),
    intervalMs: Math.max(5, Number(env.SOAK_INTERVAL_S ?? 30) || 30) * 1000,
    backend: /** @type {import('./options.mjs').BenchBackend} */ (backend),
    skipBuild: env.SOAK_SKIP_BUILD === '1',
  };
}

/**
 * One line of progress on stderr.
 * @param {string} message
 */
function log(message) {
  process.stderr.write(`[soak] ${message}\n`);
}

/**
 * A live figure as a number (NaN while it shows a dash).
 * @param {Page} page
 * @param {string} label
 */
async function figure(page, label) {
  const text = await page.getByRole('status', { name: label, exact: true }).textContent({ timeout: 60_000 });
  return Number((text ?? '').replace(/,/g, ''));
}

/**
 * Sleeps in Node, leaving the page alone.
 * @param {number} ms
 */
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/**
 * Opens the page with every view open, presses Train and waits for the first step.
 * @param {Page} page
 * @param {string} url
 */
async function startTraining(page, url) {
  await page.goto(url);
  const train = page.getByRole('button', { name: 'Train', exact: true });
  await train.waitFor();
  await page.evaluate(openEveryView);
  await train.click();
  const deadline = Date.now() + 180_000;
  while (!((await figure(page, 'Step')) >= 1)) {
    if (Date.now() > deadline) throw new Error('training did not start within 3 minutes');
    await sleep(250);
  }
  // Views that appear once a run exists (the latent map, the errors) open too.
  await page.evaluate(openEveryView);
}

/**
 * A Markdown table of the samples.
 * @param {SoakSample[]} samples
 */
function formatTable(samples) {
  const mb = (/** @type {number} */ bytes) => (bytes / 1e6).toFixed(2);
  const rows = samples.map((s) =>
    [
      s.minute.toFixed(1),
      s.step.toLocaleString('en-US'),
      String(s.tensors),
      mb(s.pageHeap),
      mb(s.workerHeap),
      mb(s.workerBuffers),
    ]
      .concat(Number.isFinite(s.samplesPerSecond) ? s.samplesPerSecond.toLocaleString('en-US') : '—')
      .join(' | '),
  );
  return [
    '| Minute | Step | Tensors | Page heap (MB) | Worker heap (MB) | Worker buffers (MB) | Samples/s |',
    '| ------ | ---- | ------- | -------------- | ---------------- | ------------------- | --------- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/**
 * A verdict line for one figure.
 * @param {string} name
 * @param {import('./soak-figures.mjs').Trend} trend
 * @param {(value: number) => string} unit
 */
function verdictLine(name, trend, unit) {
  if (trend.slopePerMinute === null || trend.growth === null) return `${name}: ${trend.verdict}`;
  return `${name}: ${trend.verdict} (second half: ${unit(trend.slopePerMinute)} per minute, fitted rise ${unit(trend.growth)}; flat up to ${unit(trend.tolerance)})`;
}

async function main() {
  const options = readSoakOptions(process.env);
  if (!MNIST) throw new Error('the bench has no MNIST model');
  if (options.skipBuild) log('SOAK_SKIP_BUILD=1: reusing the last build');
  else {
    log('building the app…');
    await buildApp();
  }
  const server = await startServer([{ prefix: '/', folder: APP_OUT_DIR }]);
  const browser = await launchBrowser();
  const bench = await openPage(browser);
  /** @type {SoakSample[]} */
  const samples = [];
  /** @type {string[]} */
  let alerts;
  /** @type {{ count: number, longestMs: number }} */
  let longTasks;
  try {
    await startTraining(bench.page, pageUrl(`${server.origin}/`, options.backend, MNIST.hash));
    const backend = await bench.page.getByRole('status', { name: 'Backend', exact: true }).textContent();
    log(
      `training ${MNIST.label} on ${backend ?? '?'} for ${options.minutes} min, sampling every ${options.intervalMs / 1000} s`,
    );
    const pageInspector = await inspectPage(bench.page);
    const workerInspector = await inspectWorker(browser, 'training.worker');
    const start = Date.now();
    const end = start + options.minutes * 60_000;
    for (let next = start; ; next += options.intervalMs) {
      await sleep(next - Date.now());
      const sample = {
        minute: (Date.now() - start) / 60_000,
        step: await figure(bench.page, 'Step'),
        tensors: await figure(bench.page, 'Tensors'),
        samplesPerSecond: await figure(bench.page, 'Samples/s'),
        pageHeap: (await retainedMemory(pageInspector)).heap,
      };
      const worker = await retainedMemory(workerInspector);
      samples.push({ ...sample, workerHeap: worker.heap, workerBuffers: worker.buffers });
      log(
        `${sample.minute.toFixed(1)} min: step ${sample.step}, ${sample.tensors} tensors, heap ${(sample.pageHeap / 1e6).toFixed(1)} MB page, ${(worker.heap / 1e6).toFixed(1)} MB worker, ${(worker.buffers / 1e6).toFixed(1)} MB worker buffers`,
      );
      if (next + options.intervalMs > end) break;
    }
    const records = await bench.page.evaluate(readRecords);
    alerts = records.alerts.filter((text) => text.trim() !== '');
    longTasks = longTaskSummary(records.longTasks, 0, records.now);
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
  /** @param {(s: SoakSample) => number} pick @returns {Sample[]} */
  const series = (pick) => samples.map((s) => [s.minute * 60_000, pick(s)]);
  const pageHeaps = series((s) => s.pageHeap);
  const workerHeaps = series((s) => s.workerHeap);
  const workerBuffers = series((s) => s.workerBuffers);
  const trends = {
    tensors: judgeTrend(
      series((s) => s.tensors),
      TENSOR_TOLERANCE,
    ),
    pageHeap: judgeTrend(pageHeaps, heapTolerance(pageHeaps)),
    workerHeap: judgeTrend(workerHeaps, heapTolerance(workerHeaps)),
    workerBuffers: judgeTrend(workerBuffers, heapTolerance(workerBuffers)),
  };
  const bytes = (/** @type {number} */ value) => `${(value / 1e6).toFixed(2)} MB`;
  const count = (/** @type {number} */ value) => `${value.toFixed(2)} tensors`;
  console.log(formatTable(samples));
  console.log();
  console.log(verdictLine('Tensors', trends.tensors, count));
  console.log(verdictLine('Page heap', trends.pageHeap, bytes));
  console.log(verdictLine('Worker heap', trends.workerHeap, bytes));
  console.log(verdictLine('Worker buffers (WASM memory, typed arrays)', trends.workerBuffers, bytes));
  console.log(`Main-thread long tasks over the run: ${longTasks.count} (longest ${longTasks.longestMs} ms)`);
  const problems = [...bench.problems, ...alerts.map((text) => `alert: ${text}`)];
  if (problems.length > 0) console.log(`Problems: ${problems.join(' · ')}`);
  const date = new Date().toISOString();
  const results = {
    date,
    machine: describeMachine(browser.version()),
    options,
    model: MNIST.label,
    samples,
    trends,
    longTasks,
    problems,
  };
  const folder = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(folder, { recursive: true });
  const file = `${folder}soak-${date.replace(/:/g, '-').replace(/\..*$/, '')}.json`;
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  log(`results written to ${file}`);
  const growing = Object.values(trends).some((trend) => trend.verdict === 'growing');
  if (growing || problems.length > 0) process.exitCode = 1;
}

await main();
