import type { Settings } from '../settings/schema';

/** Which classes count as normal for anomaly detection: the ones the model trains on, or for the signals set
 * (whose class 0 is "normal") class 0; null when the run is not set up to find anomalies. */
export function normalClasses(settings: Pick<Settings, 'trainClasses' | 'dataset'>): number[] | null {
  if (settings.trainClasses.length > 0) return settings.trainClasses;
  return settings.dataset === 'signals' ? [0] : null;
}

/** Per class, how many errors fall in each of `bins` equal bins between the smallest and the largest error. */
export function classHistograms(
  errors: ArrayLike<number>,
  labels: ArrayLike<number>,
  classCount: number,
  bins: number,
): { edges: number[]; counts: number[][] } {
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < errors.length; i++) {
    const value = errors[i] ?? NaN;
    if (!Number.isFinite(value)) continue;
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  if (!Number.isFinite(low)) return { edges: [0, 1], counts: [] };
  const span = high - low || 1;
  const edges = Array.from({ length: bins + 1 }, (_, i) => low + (span * i) / bins);
  const counts = Array.from({ length: classCount }, () => new Array<number>(bins).fill(0));
  for (let i = 0; i < errors.length; i++) {
    const value = errors[i] ?? NaN;
    const row = counts[labels[i] ?? -1];
    if (!row || !Number.isFinite(value)) continue;
    const bin = Math.min(bins - 1, Math.floor(((value - low) / span) * bins));
    row[bin] = (row[bin] ?? 0) + 1;
  }
  return { edges, counts };
}

/** The value below which a share `p` (0–1) of the sorted values lie. */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
  return sorted[index] ?? Number.NaN;
}
