/** A point of a loss curve: x in epochs. */
export interface LossPoint {
  epoch: number;
  loss: number;
}

/** A loss curve kept at most `MAX_POINTS` long: each stored point averages `stride` raw points, and the
 * raw points of an unfinished bucket wait in `pending`. */
export interface LossCurve {
  points: readonly LossPoint[];
  stride: number;
  pending: { epochSum: number; lossSum: number; count: number } | null;
}

/** Training and validation curves, and the variant's part of the training loss (β·KL, the L1 penalty). */
export interface LossHistory {
  train: LossCurve;
  validation: LossCurve;
  regularization: LossCurve;
}

export const MAX_POINTS = 500;

export const emptyCurve: LossCurve = { points: [], stride: 1, pending: null };
export const emptyHistory: LossHistory = {
  train: emptyCurve,
  validation: emptyCurve,
  regularization: emptyCurve,
};

/** Adds raw points to a curve. When it outgrows the cap, neighbours merge pairwise and the stride doubles,
 * so the curve always spans the whole run at an even resolution, at O(1) amortised cost per point. */
export function appendPoints(curve: LossCurve, points: readonly LossPoint[]): LossCurve {
  let { points: stored, stride, pending } = curve;
  for (const point of points) {
    if (!Number.isFinite(point.loss)) continue;
    pending = {
      epochSum: (pending?.epochSum ?? 0) + point.epoch,
      lossSum: (pending?.lossSum ?? 0) + point.loss,
      count: (pending?.count ?? 0) + 1,
    };
    if (pending.count < stride) continue;
    stored = [...stored, averageOf(pending)];
    pending = null;
    if (stored.length > MAX_POINTS) {
      // An odd point out goes back to pending, weighted as the half-bucket it is.
      const leftover = stored.length % 2 === 1 ? (stored.at(-1) as LossPoint) : null;
      stored = halve(leftover ? stored.slice(0, -1) : stored);
      if (leftover)
        pending = { epochSum: leftover.epoch * stride, lossSum: leftover.loss * stride, count: stride };
      stride *= 2;
    }
  }
  return stored === curve.points && pending === curve.pending ? curve : { points: stored, stride, pending };
}

/** The points to draw: the stored ones and the average of an unfinished bucket. */
export function curvePoints(curve: LossCurve): readonly LossPoint[] {
  return curve.pending ? [...curve.points, averageOf(curve.pending)] : curve.points;
}

function averageOf(pending: NonNullable<LossCurve['pending']>): LossPoint {
  return { epoch: pending.epochSum / pending.count, loss: pending.lossSum / pending.count };
}

function halve(points: readonly LossPoint[]): LossPoint[] {
  const merged: LossPoint[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    const a = points[i] as LossPoint;
    const b = points[i + 1] as LossPoint;
    merged.push({ epoch: (a.epoch + b.epoch) / 2, loss: (a.loss + b.loss) / 2 });
  }
  return merged;
}

/** One row per distinct x for a chart that draws every curve from one table. */
export interface ChartRow {
  epoch: number;
  train?: number;
  validation?: number;
  /** The reconstruction part of the training loss, when the variant adds a term of its own. */
  reconstruction?: number;
  /** The variant's term (β·KL, the L1 penalty). */
  regularization?: number;
}

export type ChartSeries = Exclude<keyof ChartRow, 'epoch'>;

/** Merges the curves into rows sorted by epoch. The variant's term comes from the same progress reports as
 * the training loss, so their points pair up by epoch and the reconstruction part is their difference. */
export function toChartRows(history: LossHistory): ChartRow[] {
  const regularizationAt = new Map(
    curvePoints(history.regularization).map((point) => [point.epoch, point.loss]),
  );
  const rows: ChartRow[] = [
    ...curvePoints(history.train).map((point) => {
      const regularization = regularizationAt.get(point.epoch);
      return regularization === undefined
        ? { epoch: point.epoch, train: point.loss }
        : {
            epoch: point.epoch,
            train: point.loss,
            regularization,
            reconstruction: point.loss - regularization,
          };
    }),
    ...curvePoints(history.validation).map((point) => ({ epoch: point.epoch, validation: point.loss })),
  ];
  return rows.sort((a, b) => a.epoch - b.epoch);
}

/** For a tooltip at `epoch`: each curve's value at its point nearest to that epoch (the curves have points at
 * different epochs: validation once an epoch, training ten times a second). */
export function valuesNear(rows: readonly ChartRow[], epoch: number): Partial<Record<ChartSeries, number>> {
  const nearest: Partial<Record<ChartSeries, { distance: number; value: number }>> = {};
  for (const row of rows)
    for (const series of ['train', 'validation', 'reconstruction', 'regularization'] as const) {
      const value = row[series];
      if (value === undefined) continue;
      const distance = Math.abs(row.epoch - epoch);
      const best = nearest[series];
      if (!best || distance < best.distance) nearest[series] = { distance, value };
    }
  return Object.fromEntries(Object.entries(nearest).map(([series, entry]) => [series, entry.value]));
}
