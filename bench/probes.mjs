// Functions that run inside the page (serialised by Playwright: each must be self-contained).
/* global window, document, MutationObserver */

/** @typedef {[timeMs: number, value: number]} Sample */
/** @typedef {{ __benchLongTasks?: Sample[], __benchFigures?: Record<string, Sample[]> }} BenchGlobals */

/** Init script: records every main-thread long task as [startTime, duration] in `window.__benchLongTasks`. */
export function observeLongTasks() {
  /** @type {Sample[]} */
  const tasks = [];
  Object.assign(window, { __benchLongTasks: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * In the page: records the live figure in `element` each time its text changes, as [time, number].
 * @param {Element} element an <output>
 * @param {string} key where the samples go in `window.__benchFigures`
 */
export function recordFigure(element, key) {
  const globals = /** @type {BenchGlobals} */ (/** @type {unknown} */ (window));
  const figures = (globals.__benchFigures ??= {});
  /** @type {Sample[]} */
  const samples = (figures[key] = []);
  const push = () => samples.push([performance.now(), Number((element.textContent ?? '').replace(/,/g, ''))]);
  new MutationObserver(push).observe(element, { childList: true, characterData: true, subtree: true });
}

/**
 * In the page: the samples recorded so far, per figure, the long tasks, and the alerts on show.
 * @returns {{ figures: Record<string, Sample[]>, longTasks: Sample[], alerts: string[], now: number }}
 */
export function readRecords() {
  const globals = /** @type {BenchGlobals} */ (/** @type {unknown} */ (window));
  return {
    figures: globals.__benchFigures ?? {},
    longTasks: globals.__benchLongTasks ?? [],
    alerts: [...document.querySelectorAll('[role="alert"]')].map((alert) => alert.textContent ?? ''),
    now: performance.now(),
  };
}

/**
 * In the page: the time (ms since navigation) once `element`'s number reaches `minimum`, else false.
 * @param {{ element: Element, minimum: number }} args
 * @returns {number | false}
 */
export function timeWhenAtLeast({ element, minimum }) {
  const value = Number((element.textContent ?? '').replace(/,/g, ''));
  return value >= minimum ? performance.now() : false;
}

/** In the page: opens every <details> section, brings the latent map (if the page has one) into view, and
 * returns the time (ms since navigation). */
export function openEveryView() {
  for (const details of document.querySelectorAll('details')) details.open = true;
  document.querySelector('canvas[aria-label="Latent map"]')?.scrollIntoView({ block: 'center' });
  return performance.now();
}

/** In the page: ms since navigation. */
export function pageNow() {
  return performance.now();
}
