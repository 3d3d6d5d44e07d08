// Measures the playground page itself: training speed, long tasks, tensor count and start-up time.
import { pageUrl } from './options.mjs';
import { between, longestGap, longTaskSummary, median, speedFromSteps, valueAt } from './figures.mjs';
import { openEveryView, pageNow, readRecords, recordFigure, timeWhenAtLeast } from './probes.mjs';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('./options.mjs').BenchModel} BenchModel */
/** @typedef {import('./options.mjs').BenchOptions} BenchOptions */
/** @typedef {import('./options.mjs').BenchBackend} BenchBackend */
/** @typedef {import('./browser.mjs').BenchPage} BenchPage */
/**
 * @typedef {object} PlaygroundFigures
 * @property {string} backend the Backend figure's text (the backend really in use)
 * @property {number} firstStepMs from the Train click to Step ≥ 1 (data, model, first compile)
 * @property {number} samplesPerSecond from Step deltas over page time, in the measurement window
 * @property {number | null} figureMedian the median of the page's own Samples/s figure in the window
 * @property {number} windowMs
 * @property {boolean} restarted the Step figure went down in the window: the run started over
 * @property {string[]} alerts the page's alerts and notices at the end (a fallback, an error)
 * @property {number} longestStepGapMs the longest time the Step figure stood still in the window
 * @property {number} startStallMs the longest time it stood still between the first step and the window
 * @property {{ count: number, longestMs: number }} longTasks main-thread tasks over 50 ms, in the window
 * @property {{ count: number, longestMs: number }} startLongTasks the same from navigation to the window
 * @property {Record<string, number | null>} tensors the Tensors figure at named moments
 * @property {string[]} problems console errors and uncaught exceptions
 */

/**
 * The live figure's <output>.
 * @param {Page} page
 * @param {string} label
 */
function figure(page, label) {
  return page.getByRole('status', { name: label, exact: true });
}

/**
 * A live figure's text; '?' when the page does not answer within 30 s.
 * @param {Page} page
 * @param {string} label
 */
async function textOf(page, label) {
  const text = await figure(page, label)
    .textContent({ timeout: 30_000 })
    .catch(() => null);
  return text?.trim() ?? '?';
}

/**
 * Waits until a figure reaches `minimum`; returns the page time when it did.
 * @param {Page} page
 * @param {string} label
 * @param {number} minimum
 * @param {number} timeoutMs
 * @returns {Promise<number>}
 */
async function waitForFigure(page, label, minimum, timeoutMs) {
  const element = await figure(page, label).elementHandle({ timeout: timeoutMs });
  if (!element) throw new Error(`No "${label}" figure on the page`);
  const handle = await page.waitForFunction(
    timeWhenAtLeast,
    { element, minimum },
    {
      polling: 20,
      timeout: timeoutMs,
    },
  );
  return /** @type {number} */ (await handle.jsonValue());
}

/**
 * Starts recording the Step, Samples/s and Tensors figures in the page (a missing figure records nothing).
 * @param {Page} page
 */
async function recordFigures(page) {
  for (const label of ['Step', 'Samples/s', 'Tensors']) {
    const element = await figure(page, label).elementHandle();
    if (element) await element.evaluate(recordFigure, label);
  }
}

/**
 * Opens the page, opens every view, starts recording the figures and presses Train; returns the page time of
 * the click. Everything that needs the page's attention happens before training starts: while training, a page
 * that draws slowly may answer only seconds later.
 * @param {Page} page
 * @param {string} url
 */
async function loadAndTrain(page, url) {
  await page.goto(url);
  const train = page.getByRole('button', { name: 'Train', exact: true });
  await train.waitFor();
  await page.evaluate(openEveryView);
  await recordFigures(page);
  const clickedAt = await page.evaluate(pageNow);
  await train.click();
  return clickedAt;
}

/**
 * Sleeps in Node, leaving the page alone.
 * @param {number} ms
 */
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * What the figures did between `start` and the end of the records, and how long the Step figure stood still
 * between the first step and `start` (compilation, the PCA baseline).
 * @param {ReturnType<typeof readRecords>} records
 * @param {number} start
 * @param {number} firstStepAt page time of Step ≥ 1
 * @param {number} samplesPerStep
 */
function summariseWindow(records, start, firstStepAt, samplesPerStep) {
  const { figures, longTasks, now } = records;
  const allSteps = figures.Step ?? [];
  const steps = between(allSteps, start, now);
  const [stepAtStart, stepAtEnd] = [valueAt(allSteps, start), valueAt(allSteps, now)];
  // A Step figure that goes down means the run started over (a crashed worker, a backend lost): no speed then.
  const path = [stepAtStart, ...steps.map(([, step]) => step)];
  const restarted = path.some((step, index) => index > 0 && step < (path[index - 1] ?? 0));
  // Between the first and last change is exact; with fewer than 3 changes (a crawling page), the window's ends.
  const samplesPerSecond = restarted
    ? Number.NaN
    : steps.length >= 3
      ? speedFromSteps(steps, samplesPerStep)
      : ((stepAtEnd - stepAtStart) * samplesPerStep * 1000) / (now - start);
  return {
    samplesPerSecond,
    restarted,
    figureMedian: median(between(figures['Samples/s'] ?? [], start, now).map(([, value]) => value)),
    windowMs: now - start,
    longestStepGapMs: longestGap([[start, stepAtStart], ...steps, [now, stepAtEnd]]),
    startStallMs: longestGap(between(allSteps, firstStepAt, start)),
    longTasks: longTaskSummary(longTasks, start, now),
    startLongTasks: longTaskSummary(longTasks, 0, start),
  };
}

/**
 * The Tensors figure once Step reaches `step`, or, when it does not in time, at the step it reached.
 * @param {Page} page
 * @param {number} step
 * @param {number} timeoutMs
 */
async function tensorsAtStep(page, step, timeoutMs) {
  try {
    await waitForFigure(page, 'Step', step, timeoutMs);
  } catch {
    // Too slow (WebGL takes minutes for 5,000 steps): report the step it got to.
  }
  const { figures, now } = await page.evaluate(readRecords);
  return { step: valueAt(figures.Step ?? [], now), tensors: valueAt(figures.Tensors ?? [], now) };
}

/**
 * Trains `model` on `backend` in the playground: after the first step and a warm-up, measures speed and long
 * tasks over a window with every view open; for the seed model also the Tensors figure at steps 100 and 5,000.
 * @param {BenchPage} bench
 * @param {string} base the app's URL
 * @param {BenchBackend} backend
 * @param {BenchModel} model
 * @param {BenchOptions} options
 * @returns {Promise<PlaygroundFigures>}
 */
export async function measurePlayground(bench, base, backend, model, options) {
  const { page } = bench;
  const clickedAt = await loadAndTrain(page, pageUrl(base, backend, model.hash));
  const firstStepAt = await waitForFigure(page, 'Step', 1, 180_000);
  // Read now: later the page may be too busy drawing to answer for minutes.
  const active = await textOf(page, 'Backend');
  const step100At = model.id === 'seed' ? await waitForFigure(page, 'Step', 100, 60_000) : null;
  await sleep(options.warmupMs);
  const start = await page.evaluate(openEveryView);
  await sleep(model.id === 'seed' ? options.speedWindowMs : options.viewsWindowMs);
  const records = await page.evaluate(readRecords);
  const tensorSamples = records.figures.Tensors ?? [];
  /** @type {Record<string, number | null>} */
  const tensors = {
    windowStart: valueAt(tensorSamples, start),
    windowEnd: valueAt(tensorSamples, records.now),
  };
  if (step100At !== null) {
    const late = await tensorsAtStep(page, 5000, options.tensorStepTimeoutMs);
    Object.assign(tensors, {
      step100: valueAt(tensorSamples, step100At),
      lateStep: late.step,
      late: late.tensors,
    });
  }
  return {
    backend: active,
    alerts: records.alerts,
    firstStepMs: firstStepAt - clickedAt,
    ...summariseWindow(records, start, firstStepAt, model.samplesPerStep),
    tensors,
    problems: bench.problems,
  };
}

/**
 * From navigation to the first training step on the default page (only the backend set), with Train clicked
 * as soon as it can be.
 * @param {BenchPage} bench
 * @param {string} base
 * @param {BenchBackend | 'auto'} backend
 */
export async function measureStartup(bench, base, backend) {
  const { page } = bench;
  const clickedAt = await loadAndTrain(page, pageUrl(base, backend, ''));
  const firstStepAt = await waitForFigure(page, 'Step', 1, 180_000);
  const active = await textOf(page, 'Backend');
  return { active, trainClickedMs: clickedAt, firstStepMs: firstStepAt, problems: bench.problems };
}
