import type { Preview } from '../state/training-state';
import { chartColors } from './chart-colors';

const IMAGE_CELL_PX = 56;
const GAP_PX = 6;
const STRIP_HEIGHT_PX = 14;
const MAX_STRIP_WIDTH_PX = 480;
const FRAME_COLOUR = '#c8c8c2';
const SIGNAL_COLUMNS = 2;
const SIGNAL_WIDTH_PX = 220;
const SIGNAL_HEIGHT_PX = 56;

/** The canvas size a preview needs. */
export function reconstructionCanvasSize(preview: Preview): { width: number; height: number } {
  const { dataset, count } = preview;
  if (dataset.kind === 'signal') {
    const rows = Math.ceil(count / SIGNAL_COLUMNS);
    return {
      width: SIGNAL_COLUMNS * (SIGNAL_WIDTH_PX + GAP_PX) - GAP_PX,
      height: rows * (SIGNAL_HEIGHT_PX + GAP_PX) - GAP_PX,
    };
  }
  if (dataset.imageShape) {
    const scale = imageScale(dataset.imageShape[1]);
    const cell = dataset.imageShape[1] * scale;
    return { width: count * (cell + GAP_PX) - GAP_PX, height: 2 * dataset.imageShape[0] * scale + GAP_PX };
  }
  const cellWidth = stripCellWidth(dataset.features);
  return { width: dataset.features * cellWidth, height: count * (2 * STRIP_HEIGHT_PX + GAP_PX) - GAP_PX };
}

/** Draws inputs and their reconstructions: for images, inputs on the top row and outputs under them; for
 * tabular rows, an input strip above an output strip per sample, shaded by value (dark is high). */
export function drawReconstructions(context: CanvasRenderingContext2D, preview: Preview): void {
  const { width, height } = reconstructionCanvasSize(preview);
  context.clearRect(0, 0, width, height);
  const range = valueRange(preview.inputs);
  if (preview.dataset.imageShape) drawImages(context, preview, preview.dataset.imageShape, range);
  else if (preview.dataset.kind === 'signal') drawSignals(context, preview, range);
  else drawStrips(context, preview, range);
}

function drawSignals(context: CanvasRenderingContext2D, preview: Preview, range: ValueRange): void {
  const length = preview.dataset.features;
  for (let sample = 0; sample < preview.count; sample++) {
    const left = (sample % SIGNAL_COLUMNS) * (SIGNAL_WIDTH_PX + GAP_PX);
    const top = Math.floor(sample / SIGNAL_COLUMNS) * (SIGNAL_HEIGHT_PX + GAP_PX);
    context.strokeStyle = FRAME_COLOUR;
    context.strokeRect(left + 0.5, top + 0.5, SIGNAL_WIDTH_PX - 1, SIGNAL_HEIGHT_PX - 1);
    const plot = (source: Float32Array, colour: string, dash: number[]) => {
      context.strokeStyle = colour;
      context.setLineDash(dash);
      context.beginPath();
      for (let t = 0; t < length; t++) {
        const level = (source[sample * length + t] ?? 0) - range.low;
        const x = left + 2 + (t / Math.max(1, length - 1)) * (SIGNAL_WIDTH_PX - 4);
        const y = top + SIGNAL_HEIGHT_PX - 2 - (level / range.span) * (SIGNAL_HEIGHT_PX - 4);
        if (t === 0) context.moveTo(x, y);
        else context.lineTo(x, y);
      }
      context.stroke();
      context.setLineDash([]);
    };
    plot(preview.inputs, chartColors.train, []);
    if (preview.outputs) plot(preview.outputs, chartColors.validation, [4, 2]);
  }
}

function drawImages(
  context: CanvasRenderingContext2D,
  preview: Preview,
  [rows, columns, channels]: readonly [number, number, number],
  range: ValueRange,
): void {
  const scale = imageScale(columns);
  const size = rows * columns * channels;
  for (let sample = 0; sample < preview.count; sample++) {
    const left = sample * (columns * scale + GAP_PX);
    const sources = [preview.inputs, preview.outputs];
    sources.forEach((source, row) => {
      const top = row * (rows * scale + GAP_PX);
      for (let y = 0; source && y < rows; y++) {
        for (let x = 0; x < columns; x++) {
          const at = sample * size + (y * columns + x) * channels;
          context.fillStyle = channels === 3 ? rgb(source, at, range) : shade(source[at] ?? 0, range);
          context.fillRect(left + x * scale, top + y * scale, scale, scale);
        }
      }
      context.strokeStyle = FRAME_COLOUR;
      context.strokeRect(left + 0.5, top + 0.5, columns * scale - 1, rows * scale - 1);
    });
  }
}

function drawStrips(context: CanvasRenderingContext2D, preview: Preview, range: ValueRange): void {
  const features = preview.dataset.features;
  const cellWidth = stripCellWidth(features);
  for (let sample = 0; sample < preview.count; sample++) {
    const top = sample * (2 * STRIP_HEIGHT_PX + GAP_PX);
    [preview.inputs, preview.outputs].forEach((source, row) => {
      if (!source) return;
      for (let feature = 0; feature < features; feature++) {
        context.fillStyle = shade(source[sample * features + feature] ?? 0, range);
        context.fillRect(feature * cellWidth, top + row * STRIP_HEIGHT_PX, cellWidth, STRIP_HEIGHT_PX - 1);
      }
    });
  }
}

interface ValueRange {
  low: number;
  span: number;
}

function valueRange(values: Float32Array): ValueRange {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  // Data in [0, 1] keeps its absolute scale, so a faint reconstruction looks faint.
  if (low >= 0 && high <= 1) return { low: 0, span: 1 };
  return { low, span: high > low ? high - low : 1 };
}

function level(value: number, range: ValueRange): number {
  return Math.round(255 * Math.min(1, Math.max(0, (value - range.low) / range.span)));
}

function shade(value: number, range: ValueRange): string {
  const ink = 255 - level(value, range);
  return `rgb(${ink},${ink},${ink})`;
}

function rgb(source: Float32Array, at: number, range: ValueRange): string {
  return `rgb(${level(source[at] ?? 0, range)},${level(source[at + 1] ?? 0, range)},${level(source[at + 2] ?? 0, range)})`;
}

function imageScale(side: number): number {
  return Math.max(1, Math.floor(IMAGE_CELL_PX / side));
}

function stripCellWidth(features: number): number {
  return Math.max(2, Math.min(32, Math.floor(MAX_STRIP_WIDTH_PX / features)));
}
