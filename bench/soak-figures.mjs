// Pure arithmetic of `npm run soak`: does a figure grow over time? A least-squares line over the second half
// of the samples (the first half holds the warm-up: caches filling, kernels compiling) says so.

/** @typedef {[timeMs: number, value: number]} Sample */
/**
 * @typedef {object} Trend
 * @property {'flat' | 'growing' | 'too few samples'} verdict
 * @property {number | null} slopePerMinute the fitted line's rise per minute over the second half
 * @property {number | null} growth the fitted rise from the middle of the run to its end
 * @property {number} tolerance the largest rise that still counts as flat
 */

/**
 * The least-squares line through the samples; null with fewer than two distinct times.
 * @param {Sample[]} samples
 * @returns {{ slope: number, intercept: number } | null}
 */
export function fitLine(samples) {
  const n = samples.length;
  if (n < 2) return null;
  const meanT = samples.reduce((sum, [t]) => sum + t, 0) / n;
  const meanV = samples.reduce((sum, [, v]) => sum + v, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const [t, v] of samples) {
    covariance += (t - meanT) * (v - meanV);
    variance += (t - meanT) ** 2;
  }
  if (variance === 0) return null;
  const slope = covariance / variance;
  return { slope, intercept: meanV - slope * meanT };
}

/**
 * The samples from the middle of the run (by time) to its end.
 * @param {Sample[]} samples in time order
 */
export function secondHalf(samples) {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last) return [];
  const middle = (first[0] + last[0]) / 2;
  return samples.filter(([t]) => t >= middle);
}

/**
 * Whether a figure grows: the fitted rise over the second half against a tolerance.
 * @param {Sample[]} samples in time order, finite values only
 * @param {number} tolerance the largest rise over the second half that still counts as flat
 * @returns {Trend}
 */
export function judgeTrend(samples, tolerance) {
  const half = secondHalf(samples.filter(([, v]) => Number.isFinite(v)));
  const line = half.length >= 3 ? fitLine(half) : null;
  const start = half[0];
  const end = half.at(-1);
  if (!line || !start || !end)
    return { verdict: 'too few samples', slopePerMinute: null, growth: null, tolerance };
  const growth = line.slope * (end[0] - start[0]);
  return {
    verdict: growth > tolerance ? 'growing' : 'flat',
    slopePerMinute: line.slope * 60_000,
    growth,
    tolerance,
  };
}

/**
 * How much a heap may rise over the second half and still count as flat: 1 MB, or 2% of its mean if more.
 * @param {Sample[]} samples
 */
export function heapTolerance(samples) {
  const values = samples.map(([, v]) => v).filter(Number.isFinite);
  const mean = values.length > 0 ? values.reduce((sum, v) => sum + v, 0) / values.length : 0;
  return Math.max(1_000_000, 0.02 * mean);
}
