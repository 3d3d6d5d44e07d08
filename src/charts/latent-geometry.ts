import type { Translator } from '../i18n/translate';

/** A rectangle of the latent map in data coordinates. */
export interface Bounds {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** The plotting area in CSS pixels; pixel y grows downwards. */
export interface Frame {
  width: number;
  height: number;
}

/** Points bucketed by pixel cell so that a hover finds its nearest point without scanning them all. */
export interface PointIndex {
  cellPx: number;
  columns: number;
  rows: number;
  /** Cell c holds the points order[starts[c]] … order[starts[c + 1] - 1]. */
  starts: Int32Array;
  order: Int32Array;
  px: Float32Array;
  py: Float32Array;
}

/** Bounds of the finite points of `xy` (x, y pairs), widened by `padding` of their span on every side; a span
 * of zero (one point, or all alike) widens to 1 around the value, and no points give the unit square. */
export function dataBounds(xy: ArrayLike<number>, padding = 0.05): Bounds {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i + 1 < xy.length; i += 2) {
    const x = xy[i] ?? NaN;
    const y = xy[i + 1] ?? NaN;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (minX > maxX) return { minX: 0, maxX: 1, minY: 0, maxY: 1 };
  const [left, right] = widen(minX, maxX, padding);
  const [bottom, top] = widen(minY, maxY, padding);
  return { minX: left, maxX: right, minY: bottom, maxY: top };
}

function widen(low: number, high: number, padding: number): [number, number] {
  if (high - low <= 0) return [low - 0.5, high + 0.5];
  const margin = (high - low) * padding;
  return [low - margin, high + margin];
}

/** The pixel position of a data point: x grows to the right, data y grows upwards. */
export function toPixel(bounds: Bounds, frame: Frame, x: number, y: number): [number, number] {
  return [
    ((x - bounds.minX) / (bounds.maxX - bounds.minX)) * frame.width,
    ((bounds.maxY - y) / (bounds.maxY - bounds.minY)) * frame.height,
  ];
}

/** The data position of a pixel; the inverse of `toPixel`. */
export function toData(bounds: Bounds, frame: Frame, px: number, py: number): [number, number] {
  return [
    bounds.minX + (px / frame.width) * (bounds.maxX - bounds.minX),
    bounds.maxY - (py / frame.height) * (bounds.maxY - bounds.minY),
  ];
}

/** Buckets every finite point's pixel position into square cells of `cellPx`; O(points). */
export function buildPointIndex(xy: ArrayLike<number>, bounds: Bounds, frame: Frame, cellPx = 8): PointIndex {
  const count = Math.floor(xy.length / 2);
  const columns = Math.max(1, Math.ceil(frame.width / cellPx));
  const rows = Math.max(1, Math.ceil(frame.height / cellPx));
  const px = new Float32Array(count);
  const py = new Float32Array(count);
  const cellOf = new Int32Array(count).fill(-1);
  const starts = new Int32Array(columns * rows + 1);
  for (let i = 0; i < count; i++) {
    const [x, y] = toPixel(bounds, frame, xy[2 * i] ?? NaN, xy[2 * i + 1] ?? NaN);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    px[i] = x;
    py[i] = y;
    const cell =
      clampCell(Math.floor(y / cellPx), rows) * columns + clampCell(Math.floor(x / cellPx), columns);
    cellOf[i] = cell;
    starts[cell + 1] = (starts[cell + 1] ?? 0) + 1;
  }
  for (let cell = 1; cell < starts.length; cell++)
    starts[cell] = (starts[cell] ?? 0) + (starts[cell - 1] ?? 0);
  const filled = starts.slice(0, -1);
  const order = new Int32Array(starts[starts.length - 1] ?? 0);
  for (let i = 0; i < count; i++) {
    const cell = cellOf[i] ?? -1;
    if (cell < 0) continue;
    order[filled[cell] ?? 0] = i;
    filled[cell] = (filled[cell] ?? 0) + 1;
  }
  return { cellPx, columns, rows, starts, order, px, py };
}

function clampCell(cell: number, cells: number): number {
  return Math.min(cells - 1, Math.max(0, cell));
}

/** The point nearest to pixel (px, py) no farther than `radiusPx`, or null; looks only at nearby cells. */
export function nearestPoint(index: PointIndex, px: number, py: number, radiusPx: number): number | null {
  const { cellPx, columns, rows, starts, order } = index;
  const firstColumn = clampCell(Math.floor((px - radiusPx) / cellPx), columns);
  const lastColumn = clampCell(Math.floor((px + radiusPx) / cellPx), columns);
  const firstRow = clampCell(Math.floor((py - radiusPx) / cellPx), rows);
  const lastRow = clampCell(Math.floor((py + radiusPx) / cellPx), rows);
  let best: number | null = null;
  let bestDistance = radiusPx * radiusPx;
  for (let row = firstRow; row <= lastRow; row++) {
    for (let column = firstColumn; column <= lastColumn; column++) {
      const cell = row * columns + column;
      for (let at = starts[cell] ?? 0; at < (starts[cell + 1] ?? 0); at++) {
        const point = order[at] ?? 0;
        const distance = ((index.px[point] ?? 0) - px) ** 2 + ((index.py[point] ?? 0) - py) ** 2;
        if (distance <= bestDistance) {
          bestDistance = distance;
          best = point;
        }
      }
    }
  }
  return best;
}

/** A keyboard cursor moved by (dx, dy) steps of 1/`stepsPerSpan` of the bounds' span, kept inside them. */
export function moveCursor(
  cursor: readonly [number, number],
  bounds: Bounds,
  dx: number,
  dy: number,
  stepsPerSpan = 20,
): [number, number] {
  const x = cursor[0] + (dx * (bounds.maxX - bounds.minX)) / stepsPerSpan;
  const y = cursor[1] + (dy * (bounds.maxY - bounds.minY)) / stepsPerSpan;
  return [Math.min(bounds.maxX, Math.max(bounds.minX, x)), Math.min(bounds.maxY, Math.max(bounds.minY, y))];
}

/** The captions of the map's horizontal and vertical axes: the code's own units, or the principal components
 * shown with their share of the codes' variance, worded by `t`. */
export function axisCaptions(
  axes: readonly [number, number] | null,
  axisVariance: readonly [number, number] | null,
  latentSize: number,
  t: Translator['t'],
): [string, string] {
  if (latentSize <= 1) return [t('latent.axisUnit', { unit: 1 }), t('latent.axisNothing')];
  if (!axes) return [t('latent.axisUnit', { unit: 1 }), t('latent.axisUnit', { unit: 2 })];
  const caption = (axis: number, share: number | undefined) =>
    share === undefined
      ? t('latent.axisComponent', { component: axis + 1 })
      : t('latent.axisComponentShare', { component: axis + 1, share: Math.round(share * 100) });
  return [caption(axes[0], axisVariance?.[0]), caption(axes[1], axisVariance?.[1])];
}
