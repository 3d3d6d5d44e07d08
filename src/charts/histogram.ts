/** Equal-width bins of some values: `edges` has one entry more than `counts`. */
export interface Histogram {
  edges: number[];
  counts: number[];
}

/** A few figures that describe a set of values. */
export interface ValueSummary {
  count: number;
  mean: number;
  median: number;
  max: number;
}

/** Counts the finite values in `bins` equal-width bins from the smallest to the largest (the largest falls in
 * the last bin); values all alike fall in the first bin of a span of 1 (or of their magnitude). */
export function histogram(values: ArrayLike<number>, bins: number): Histogram {
  const binCount = Math.max(1, Math.floor(bins));
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? NaN;
    if (!Number.isFinite(value)) continue;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (low > high) [low, high] = [0, 1];
  else if (low === high) high = low + (Math.abs(low) || 1);
  const width = (high - low) / binCount;
  const edges = Array.from({ length: binCount + 1 }, (_, i) => (i === binCount ? high : low + i * width));
  const counts = new Array<number>(binCount).fill(0);
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? NaN;
    if (!Number.isFinite(value)) continue;
    const bin = Math.min(binCount - 1, Math.floor((value - low) / width));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return { edges, counts };
}

/** The count, mean, median and largest of the finite values, or null when there are none. */
export function summarise(values: ArrayLike<number>): ValueSummary | null {
  const finite = Float64Array.from(values).filter((value) => Number.isFinite(value));
  if (finite.length === 0) return null;
  finite.sort();
  const middle = finite.length >> 1;
  const median =
    finite.length % 2 === 1 ? (finite[middle] ?? 0) : ((finite[middle - 1] ?? 0) + (finite[middle] ?? 0)) / 2;
  let sum = 0;
  for (const value of finite) sum += value;
  return { count: finite.length, mean: sum / finite.length, median, max: finite[finite.length - 1] ?? 0 };
}

/** Round tick values (steps of 1, 2 or 5 times a power of ten) covering [low, high] with about `count` ticks. */
export function niceTicks(low: number, high: number, count: number): number[] {
  if (!Number.isFinite(low) || !Number.isFinite(high) || high <= low) return [low];
  const rough = (high - low) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const error = rough / power;
  // The thresholds are the geometric means of neighbouring factors, so the tick count lands nearest `count`.
  const step =
    (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1) * power;
  const ticks: number[] = [];
  for (let tick = Math.ceil(low / step) * step; tick <= high + step * 1e-9; tick += step) {
    ticks.push(Number(tick.toPrecision(12)));
  }
  return ticks;
}
