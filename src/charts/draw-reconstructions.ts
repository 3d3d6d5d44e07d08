import type { Preview } from '../state/training-state';
import { chartColors, pcaColour } from './chart-colors';

const IMAGE_CELL_PX = 56;
const GAP_PX = 6;
const STRIP_HEIGHT_PX = 14;
const MAX_STRIP_WIDTH_PX = 480;
const FRAME_COLOUR = '#c8c8c2';
const SIGNAL_COLUMNS = 2;
const SIGNAL_WIDTH_PX = 220;
const SIGNAL_HEIGHT_PX = 56;

/** One row of the view: what it shows and how its values are shaded. */
interface Row {
  name: string;
  values: Float32Array;
  shading: 'data' | 'error';
}

/** The rows drawn for a page of samples: inputs (and for a denoising model their noisy versions), reconstructions, their absolute error, and PCA's
 * reconstructions when given. Rows not computed yet are left out. */
export function reconstructionRows(preview: Preview, pcaOutputs: Float32Array | null): Row[] {
  const rows: Row[] = [{ name: 'input', values: preview.inputs, shading: 'data' }];
  // A denoising model's view: clean / noisy / denoised, and the error against the clean input.
  if (preview.noisy) rows.push({ name: 'noisy input', values: preview.noisy, shading: 'data' });
  if (preview.outputs) {
    rows.push({
      name: preview.noisy ? 'denoised' : 'reconstruction',
      values: preview.outputs,
      shading: 'data',
    });
    rows.push({ name: 'error', values: absoluteError(preview.inputs, preview.outputs), shading: 'error' });
  }
  if (pcaOutputs && pcaOutputs.length === preview.inputs.length)
    rows.push({ name: 'PCA', values: pcaOutputs, shading: 'data' });
  return rows;
}

/** The canvas size a page of samples needs. */
export function reconstructionCanvasSize(
  preview: Preview,
  rowCount: number,
): { width: number; height: number } {
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
    return {
      width: count * (cell + GAP_PX) - GAP_PX,
      height: rowCount * (dataset.imageShape[0] * scale + GAP_PX) - GAP_PX,
    };
  }
  const cellWidth = stripCellWidth(dataset.features);
  return {
    width: dataset.features * cellWidth,
    height: count * (rowCount * STRIP_HEIGHT_PX + GAP_PX) - GAP_PX,
  };
}

/** Draws a page of samples: for images one row per Row (inputs on top); for tabular rows a group of strips
 * per sample; for signals one panel per sample with the input (solid), the reconstruction (dashed) and PCA
 * (dotted) overlaid. High values are dark; errors are shaded orange. */
export function drawReconstructions(
  context: CanvasRenderingContext2D,
  preview: Preview,
  rows: readonly Row[],
): void {
  const { width, height } = reconstructionCanvasSize(preview, rows.length);
  context.clearRect(0, 0, width, height);
  const range = valueRange(preview.inputs);
  if (preview.dataset.imageShape) drawImages(context, preview, preview.dataset.imageShape, rows, range);
  else if (preview.dataset.kind === 'signal') drawSignals(context, preview, rows, range);
  else drawStrips(context, preview, rows, range);
}

function drawImages(
  context: CanvasRenderingContext2D,
  preview: Preview,
  [height, width, channels]: readonly [number, number, number],
  rows: readonly Row[],
  range: ValueRange,
): void {
  const scale = imageScale(width);
  const size = height * width * channels;
  const canvas = reconstructionCanvasSize(preview, rows.length);
  // One pixel buffer for the whole canvas: tens of thousands of fillRect calls would cost a frame or more.
  const image = context.createImageData(canvas.width, canvas.height);
  const rgb: [number, number, number] = [0, 0, 0];
  rows.forEach((row, rowIndex) => {
    const top = rowIndex * (height * scale + GAP_PX);
    for (let sample = 0; sample < preview.count; sample++) {
      const left = sample * (width * scale + GAP_PX);
      for (let y = 0; y < height * scale; y++) {
        for (let x = 0; x < width * scale; x++) {
          colourOf(
            row,
            sample * size + (Math.floor(y / scale) * width + Math.floor(x / scale)) * channels,
            channels,
            range,
            rgb,
          );
          const at = ((top + y) * canvas.width + left + x) * 4;
          image.data.set(rgb, at);
          image.data[at + 3] = 255;
        }
      }
    }
  });
  context.putImageData(image, 0, 0);
  context.strokeStyle = FRAME_COLOUR;
  rows.forEach((_row, rowIndex) => {
    const top = rowIndex * (height * scale + GAP_PX);
    for (let sample = 0; sample < preview.count; sample++) {
      context.strokeRect(
        sample * (width * scale + GAP_PX) + 0.5,
        top + 0.5,
        width * scale - 1,
        height * scale - 1,
      );
    }
  });
}

function drawStrips(
  context: CanvasRenderingContext2D,
  preview: Preview,
  rows: readonly Row[],
  range: ValueRange,
): void {
  const features = preview.dataset.features;
  const cellWidth = stripCellWidth(features);
  for (let sample = 0; sample < preview.count; sample++) {
    const top = sample * (rows.length * STRIP_HEIGHT_PX + GAP_PX);
    rows.forEach((row, rowIndex) => {
      for (let feature = 0; feature < features; feature++) {
        context.fillStyle = cssColourOf(row, sample * features + feature, range);
        context.fillRect(
          feature * cellWidth,
          top + rowIndex * STRIP_HEIGHT_PX,
          cellWidth,
          STRIP_HEIGHT_PX - 1,
        );
      }
    });
  }
}

const signalStyles: Record<string, { colour: string; dash: number[] }> = {
  input: { colour: chartColors.train, dash: [] },
  reconstruction: { colour: chartColors.validation, dash: [4, 2] },
  'noisy input': { colour: chartColors.regularization, dash: [1, 1] },
  denoised: { colour: chartColors.validation, dash: [4, 2] },
  PCA: { colour: pcaColour, dash: [1, 2] },
};

function drawSignals(
  context: CanvasRenderingContext2D,
  preview: Preview,
  rows: readonly Row[],
  range: ValueRange,
): void {
  const length = preview.dataset.features;
  for (let sample = 0; sample < preview.count; sample++) {
    const left = (sample % SIGNAL_COLUMNS) * (SIGNAL_WIDTH_PX + GAP_PX);
    const top = Math.floor(sample / SIGNAL_COLUMNS) * (SIGNAL_HEIGHT_PX + GAP_PX);
    context.strokeStyle = FRAME_COLOUR;
    context.strokeRect(left + 0.5, top + 0.5, SIGNAL_WIDTH_PX - 1, SIGNAL_HEIGHT_PX - 1);
    for (const row of rows) {
      const style = signalStyles[row.name];
      if (!style) continue;
      context.strokeStyle = style.colour;
      context.setLineDash(style.dash);
      context.beginPath();
      for (let t = 0; t < length; t++) {
        const level = ((row.values[sample * length + t] ?? 0) - range.low) / range.span;
        const x = left + 2 + (t / Math.max(1, length - 1)) * (SIGNAL_WIDTH_PX - 4);
        const y = top + SIGNAL_HEIGHT_PX - 2 - level * (SIGNAL_HEIGHT_PX - 4);
        if (t === 0) context.moveTo(x, y);
        else context.lineTo(x, y);
      }
      context.stroke();
      context.setLineDash([]);
    }
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

function absoluteError(inputs: Float32Array, outputs: Float32Array): Float32Array {
  return inputs.map((value, index) => Math.abs(value - (outputs[index] ?? 0)));
}

function level(value: number, range: ValueRange): number {
  return Math.round(255 * Math.min(1, Math.max(0, (value - range.low) / range.span)));
}

/** The colour of one value into `out` as RGB bytes: errors white to dark orange, colour images as they are,
 * grayscale with high values dark. */
function colourOf(
  row: Row,
  at: number,
  channels: number,
  range: ValueRange,
  out: [number, number, number],
): void {
  if (row.shading === 'error') {
    // White (no error) to dark orange (an error as large as the data's range).
    const amount = level(row.values[at] ?? 0, { low: 0, span: range.span }) / 255;
    out[0] = Math.round(255 - 42 * amount);
    out[1] = Math.round(255 - 161 * amount);
    out[2] = Math.round(255 - 255 * amount);
    return;
  }
  if (channels === 3) {
    out[0] = level(row.values[at] ?? 0, range);
    out[1] = level(row.values[at + 1] ?? 0, range);
    out[2] = level(row.values[at + 2] ?? 0, range);
    return;
  }
  const ink = 255 - level(row.values[at] ?? 0, range);
  out[0] = ink;
  out[1] = ink;
  out[2] = ink;
}

function cssColourOf(row: Row, at: number, range: ValueRange): string {
  const rgb: [number, number, number] = [0, 0, 0];
  colourOf(row, at, 1, range, rgb);
  return `rgb(${rgb[0]},${rgb[1]},${rgb[2]})`;
}

function imageScale(side: number): number {
  return Math.max(1, Math.floor(IMAGE_CELL_PX / side));
}

function stripCellWidth(features: number): number {
  return Math.max(2, Math.min(32, Math.floor(MAX_STRIP_WIDTH_PX / features)));
}
