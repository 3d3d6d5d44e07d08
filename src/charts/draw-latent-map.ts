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
  /** The words written by the interpolation's ends, in the page's language. */
  endNames: { from: string; to: string };
}

const AXIS_COLOUR = '#e3e3de';
const MARK_COLOUR = '#1d1d1b';
const DECODED_COLOUR = '#D55E00';
const CURSOR_COLOUR = '#0072B2';

/** Paints every point, coloured by its class, into an image of the frame at `ratio` device pixels per CSS
 * pixel, pixel by pixel (fast for 10,000 points), so that moving a marker only copies the image back. */
export function drawPointLayer(
  xy: Float32Array,
  labels: Int32Array | null,
  bounds: Bounds,
  frame: Frame,
  ratio: number,
): ImageData {
  const width = Math.round(frame.width * ratio);
  const height = Math.round(frame.height * ratio);
  const layer = new ImageData(width, height);
  const data = layer.data;
  data.fill(255);
  drawZeroLines(layer, bounds, frame, ratio);
  const count = Math.floor(xy.length / 2);
  const size = Math.max(1, Math.round((count > 2000 ? 2 : 3) * ratio));
  const scaleX = width / (bounds.maxX - bounds.minX);
  const scaleY = height / (bounds.maxY - bounds.minY);
  const colours = new Map<number, [number, number, number]>();
  for (let point = 0; point < count; point++) {
    const left = Math.round(((xy[2 * point] ?? NaN) - bounds.minX) * scaleX - size / 2);
    const top = Math.round((bounds.maxY - (xy[2 * point + 1] ?? NaN)) * scaleY - size / 2);
    if (!Number.isFinite(left) || !Number.isFinite(top)) continue;
    const label = labels?.[point] ?? 0;
    let colour = colours.get(label);
    if (!colour) colours.set(label, (colour = rgbOf(classColour(label))));
    const [red, green, blue] = colour;
    for (let y = Math.max(0, top); y < Math.min(height, top + size); y++) {
      for (let x = Math.max(0, left); x < Math.min(width, left + size); x++) {
        const at = 4 * (y * width + x);
        data[at] = blend(data[at] ?? 255, red);
        data[at + 1] = blend(data[at + 1] ?? 255, green);
        data[at + 2] = blend(data[at + 2] ?? 255, blue);
      }
    }
  }
  return layer;
}

const POINT_ALPHA = 0.75;

function blend(below: number, colour: number): number {
  return below + (colour - below) * POINT_ALPHA;
}

function rgbOf(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function drawZeroLines(layer: ImageData, bounds: Bounds, frame: Frame, ratio: number): void {
  const [zeroX, zeroY] = toPixel(bounds, frame, 0, 0);
  const { width, height, data } = layer;
  const column = Math.round(zeroX * ratio);
  const row = Math.round(zeroY * ratio);
  const grey = rgbOf(AXIS_COLOUR);
  const paint = (at: number) => data.set(grey, at);
  if (column > 0 && column < width) for (let y = 0; y < height; y++) paint(4 * (y * width + column));
  if (row > 0 && row < height) for (let x = 0; x < width; x++) paint(4 * (row * width + x));
}

/** Copies the point layer onto the visible map (its device pixels), then draws the markers in CSS pixels. */
export function drawLatentMap(
  context: CanvasRenderingContext2D,
  layer: ImageData,
  xy: Float32Array,
  bounds: Bounds,
  frame: Frame,
  markers: MapMarkers,
): void {
  context.putImageData(layer, 0, 0);
  const pointAt = (point: number | null): [number, number] | null => {
    if (point === null || 2 * point + 1 >= xy.length) return null;
    return toPixel(bounds, frame, xy[2 * point] ?? NaN, xy[2 * point + 1] ?? NaN);
  };
  const hovered = pointAt(markers.hovered);
  if (hovered) ring(context, hovered, 5, MARK_COLOUR);
  const from = pointAt(markers.from);
  if (from) endMarker(context, from, markers.endNames.from);
  const to = pointAt(markers.to);
  if (to) endMarker(context, to, markers.endNames.to);
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
