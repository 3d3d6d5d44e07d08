import { curvePoints, type LossHistory, type LossPoint } from '../state/loss-history';
import type { Translator } from '../i18n/translate';
import { runLabel, type RunRecord } from '../state/run-list';

/** Okabe–Ito colours other than the live curves' blue and vermilion, then two dark tones; yellow last, as it
 * is faint on white. Each overlay also gets its own dash pattern, so colour is never the only cue. */
const overlayColours = ['#E69F00', '#CC79A7', '#56B4E9', '#009E73', '#8C564B', '#7F7F7F', '#F0E442'] as const;
const overlayDashes = ['8 4', '2 3', '12 3 3 3', '4 2', '1 3', '16 4 4 4', '6 6'] as const;

/** Points drawn per overlaid run: enough for the shape, few enough for a chart with many curves. */
export const MAX_OVERLAY_POINTS = 200;

/** One overlaid run's training curve: the key of its column in the chart rows, its legend name and its look. */
export interface OverlaySeries {
  key: string;
  name: string;
  colour: string;
  dash: string;
}

/** A chart row holding one overlaid run's point. */
export type OverlayRow = { epoch: number } & Record<string, number>;

/** What the loss chart draws over its own curves. */
export interface Overlay {
  series: OverlaySeries[];
  rows: OverlayRow[];
}

/** The training curves of the runs ticked for overlay, each with its own colour and dash and a legend name in
 * `tr`'s language; the run training now writes to is drawn from the live history, so its curve keeps up. */
export function buildOverlay(
  runs: readonly RunRecord[],
  currentId: number | null,
  liveHistory: LossHistory,
  tr: Translator,
): Overlay {
  const overlaid = runs.filter((run) => run.overlaid);
  const series: OverlaySeries[] = [];
  const rows: OverlayRow[] = [];
  overlaid.forEach((run, index) => {
    const key = `run-${run.id}`;
    const live = run.id === currentId && curvePoints(liveHistory.train).length > 0;
    const points = thin(curvePoints(live ? liveHistory.train : run.history.train));
    series.push({
      key,
      name: runLabel(run, tr),
      colour: overlayColours[index % overlayColours.length] as string,
      dash: overlayDashes[index % overlayDashes.length] as string,
    });
    for (const point of points) rows.push({ epoch: point.epoch, [key]: point.loss });
  });
  return { series, rows };
}

/** The chart's own rows with the overlay's, sorted by epoch. */
export function mergeOverlayRows<T extends { epoch: number }>(
  rows: readonly T[],
  overlay: Overlay,
): (T | OverlayRow)[] {
  if (overlay.rows.length === 0) return [...rows];
  return [...rows, ...overlay.rows].sort((a, b) => a.epoch - b.epoch);
}

/** Every k-th point, and always the last, so at most MAX_OVERLAY_POINTS remain. */
function thin(points: readonly LossPoint[]): readonly LossPoint[] {
  if (points.length <= MAX_OVERLAY_POINTS) return points;
  const every = Math.ceil(points.length / MAX_OVERLAY_POINTS);
  const kept = points.filter((_, index) => index % every === 0);
  const last = points.at(-1) as LossPoint;
  return kept.at(-1) === last ? kept : [...kept.slice(0, MAX_OVERLAY_POINTS - 1), last];
}
