import { classColour } from './chart-colors';
import { toPixel, type Bounds, type Frame } from './latent-geometry';

/** What is marked on top of the points: the hovered point, the interpolation's ends, the last decoded spot
 * and the keyboard cursor (spots in data coordinates). */
export interface MapMarkers {
  hovered: number | null;
  from: number | null;
  to: number | null;
  decoded: readonly [number, number] | null;
  cursor: readonly [number, number] | null;
}

const AXIS_COLOUR = '#e3e3de';
const MARK_COLOUR = '#1d1d1b';
const DECODED_COLOUR = '#D55E00';
const CURSOR_COLOUR = '#0072B2';

/** Draws every point, coloured by its class, on a canvas of its own (the frame at `ratio` device pixels per
 * CSS pixel), so that moving a marker repaints one image instead of every point. */
export function drawPointLayer(
  xy: Float32Array,
  labels: Int32Array | null,
  bounds: Bounds,
  frame: Frame,
  ratio: number,
): HTMLCanvasElement {
  const layer = document.createElement('canvas');
  layer.width = Math.round(frame.width * ratio);
  layer.height = Math.round(frame.height * ratio);
  const context = layer.getContext('2d');
  if (!context) return layer;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.fillStyle = '#fff';
  context.fillRect(0, 0, frame.width, frame.height);
  drawZeroLines(context, bounds, frame);
  const count = Math.floor(xy.length / 2);
  const size = count > 2000 ? 2 : 3;
  context.globalAlpha = 0.75;
  for (const [label, points] of pointsByClass(labels, count)) {
    context.fillStyle = classColour(label);
    for (const point of points) {
      const [px, py] = toPixel(bounds, frame, xy[2 * point] ?? NaN, xy[2 * point + 1] ?? NaN);
      if (Number.isFinite(px) && Number.isFinite(py))
        context.fillRect(px - size / 2, py - size / 2, size, size);
    }
  }
  context.globalAlpha = 1;
  return layer;
}

function pointsByClass(labels: Int32Array | null, count: number): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (let point = 0; point < count; point++) {
    const label = labels?.[point] ?? 0;
    const group = groups.get(label);
    if (group) group.push(point);
    else groups.set(label, [point]);
  }
  return groups;
}

function drawZeroLines(context: CanvasRenderingContext2D, bounds: Bounds, frame: Frame): void {
  const [zeroX, zeroY] = toPixel(bounds, frame, 0, 0);
  context.strokeStyle = AXIS_COLOUR;
  context.lineWidth = 1;
  context.beginPath();
  if (zeroX > 0 && zeroX < frame.width) {
    context.moveTo(Math.round(zeroX) + 0.5, 0);
    context.lineTo(Math.round(zeroX) + 0.5, frame.height);
  }
  if (zeroY > 0 && zeroY < frame.height) {
    context.moveTo(0, Math.round(zeroY) + 0.5);
    context.lineTo(frame.width, Math.round(zeroY) + 0.5);
  }
  context.stroke();
}

/** Paints the point layer, then the markers, onto the visible map (a context scaled to CSS pixels). */
export function drawLatentMap(
  context: CanvasRenderingContext2D,
  layer: HTMLCanvasElement,
  xy: Float32Array,
  bounds: Bounds,
  frame: Frame,
  markers: MapMarkers,
): void {
  context.drawImage(layer, 0, 0, frame.width, frame.height);
  const pointAt = (point: number | null): [number, number] | null => {
    if (point === null || 2 * point + 1 >= xy.length) return null;
    return toPixel(bounds, frame, xy[2 * point] ?? NaN, xy[2 * point + 1] ?? NaN);
  };
  const hovered = pointAt(markers.hovered);
  if (hovered) ring(context, hovered, 5, MARK_COLOUR);
  const from = pointAt(markers.from);
  if (from) endMarker(context, from, 'from');
  const to = pointAt(markers.to);
  if (to) endMarker(context, to, 'to');
  if (markers.decoded) crosshair(context, toPixel(bounds, frame, ...markers.decoded), DECODED_COLOUR, []);
  if (markers.cursor) crosshair(context, toPixel(bounds, frame, ...markers.cursor), CURSOR_COLOUR, [3, 2]);
}

function ring(
  context: CanvasRenderingContext2D,
  [x, y]: [number, number],
  radius: number,
  colour: string,
): void {
  context.lineWidth = 4;
  context.strokeStyle = '#fff';
  context.beginPath();
  context.arc(x, y, radius, 0, 2 * Math.PI);
  context.stroke();
  context.lineWidth = 2;
  context.strokeStyle = colour;
  context.stroke();
}

function endMarker(context: CanvasRenderingContext2D, at: [number, number], name: string): void {
  ring(context, at, 7, MARK_COLOUR);
  context.font = '600 11px system-ui, sans-serif';
  context.lineWidth = 3;
  context.strokeStyle = '#fff';
  context.fillStyle = MARK_COLOUR;
  context.strokeText(name, at[0] + 10, at[1] - 6);
  context.fillText(name, at[0] + 10, at[1] - 6);
}

function crosshair(
  context: CanvasRenderingContext2D,
  [x, y]: [number, number],
  colour: string,
  dash: number[],
): void {
  const arm = 9;
  const path = () => {
    context.beginPath();
    context.moveTo(x - arm, y);
    context.lineTo(x + arm, y);
    context.moveTo(x, y - arm);
    context.lineTo(x, y + arm);
  };
  context.setLineDash([]);
  context.lineWidth = 4;
  context.strokeStyle = '#fff';
  path();
  context.stroke();
  context.setLineDash(dash);
  context.lineWidth = 2;
  context.strokeStyle = colour;
  path();
  context.stroke();
  context.setLineDash([]);
}
