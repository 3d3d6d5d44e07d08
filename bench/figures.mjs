// Pure arithmetic over the figures recorded in the page: speeds, medians, stalls, long tasks.

/** @typedef {import('./probes.mjs').Sample} Sample */

/**
 * The median of the finite values; null when there is none.
 * @param {number[]} values
 */
export function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The samples taken between `start` and `end` (page times).
 * @param {Sample[]} samples
 * @param {number} start
 * @param {number} end
 */
export function between(samples, start, end) {
  return samples.filter(([time]) => time >= start && time <= end);
}

/**
 * Samples per second from the Step figure's changes: (last step − first step) × samples per step over the
 * time between those two changes.
 * @param {Sample[]} steps changes of the Step figure
 * @param {number} samplesPerStep
 */
export function speedFromSteps(steps, samplesPerStep) {
  const first = steps[0];
  const last = steps.at(-1);
  if (!first || !last || last[0] <= first[0]) return Number.NaN;
  return ((last[1] - first[1]) * samplesPerStep * 1000) / (last[0] - first[0]);
}

/**
 * The longest time between two consecutive changes (ms): how long the figure stood still at worst.
 * @param {Sample[]} samples
 */
export function longestGap(samples) {
  let longest = 0;
  for (let i = 1; i < samples.length; i++)
    longest = Math.max(longest, (samples[i]?.[0] ?? 0) - (samples[i - 1]?.[0] ?? 0));
  return Math.round(longest);
}

/**
 * Count and longest duration of the long tasks that started between `start` and `end`.
 * @param {Sample[]} tasks [startTime, duration]
 * @param {number} start
 * @param {number} end
 */
export function longTaskSummary(tasks, start, end) {
  const inWindow = between(tasks, start, end);
  return {
    count: inWindow.length,
    longestMs: Math.round(Math.max(0, ...inWindow.map(([, duration]) => duration))),
  };
}

/**
 * The figure's value at `time`: that of its last change at or before it; NaN before any change.
 * @param {Sample[]} samples
 * @param {number} time
 */
export function valueAt(samples, time) {
  return samples.filter(([at]) => at <= time).at(-1)?.[1] ?? Number.NaN;
}
