import type { DatasetThumbnail } from '../worker/protocol';
import { classColour } from './chart-colors';

/** Draws a data set's preview into a square canvas of `size` pixels: a 2×2 grid of images, a scatter of points
 * coloured by class, or a few signals. */
export function drawThumbnail(
  context: CanvasRenderingContext2D,
  thumbnail: DatasetThumbnail,
  size: number,
): void {
  context.clearRect(0, 0, size, size);
  if (thumbnail.kind === 'images') drawImageGrid(context, thumbnail, size);
  else if (thumbnail.kind === 'points') drawPoints(context, thumbnail, size);
  else drawSignals(context, thumbnail, size);
}

function drawImageGrid(
  context: CanvasRenderingContext2D,
  thumbnail: Extract<DatasetThumbnail, { kind: 'images' }>,
  size: number,
): void {
  const { side, channels, values } = thumbnail;
  const perRow = Math.ceil(Math.sqrt(thumbnail.count));
  const cell = size / perRow;
  const pixel = cell / side;
  for (let image = 0; image < thumbnail.count; image++) {
    const left = (image % perRow) * cell;
    const top = Math.floor(image / perRow) * cell;
    for (let y = 0; y < side; y++) {
      for (let x = 0; x < side; x++) {
        const at = ((image * side + y) * side + x) * channels;
        context.fillStyle = channels === 3 ? rgbOf(values, at) : inkOf(values[at] ?? 0);
        context.fillRect(left + x * pixel, top + y * pixel, Math.ceil(pixel), Math.ceil(pixel));
      }
    }
  }
}

function drawPoints(
  context: CanvasRenderingContext2D,
  thumbnail: Extract<DatasetThumbnail, { kind: 'points' }>,
  size: number,
): void {
  const { xy, labels } = thumbnail;
  for (let i = 0; i * 2 < xy.length; i++) {
    context.fillStyle = classColour(labels?.[i] ?? 0);
    context.fillRect(
      2 + (xy[2 * i] ?? 0) * (size - 4) - 1,
      2 + (1 - (xy[2 * i + 1] ?? 0)) * (size - 4) - 1,
      2,
      2,
    );
  }
}

function drawSignals(
  context: CanvasRenderingContext2D,
  thumbnail: Extract<DatasetThumbnail, { kind: 'signals' }>,
  size: number,
): void {
  const { length, values, count, labels } = thumbnail;
  const band = size / count;
  for (let signal = 0; signal < count; signal++) {
    context.strokeStyle = classColour(labels?.[signal] ?? 0);
    context.beginPath();
    for (let t = 0; t < length; t++) {
      const x = (t / (length - 1)) * size;
      const y = band * signal + band * (1 - (values[signal * length + t] ?? 0));
      if (t === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    }
    context.stroke();
  }
}

function inkOf(value: number): string {
  const ink = 255 - Math.round(255 * Math.min(1, Math.max(0, value)));
  return `rgb(${ink},${ink},${ink})`;
}

function rgbOf(values: Float32Array, at: number): string {
  const channel = (offset: number) => Math.round(255 * Math.min(1, Math.max(0, values[at + offset] ?? 0)));
  return `rgb(${channel(0)},${channel(1)},${channel(2)})`;
}
