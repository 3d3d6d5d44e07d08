import type { DatasetShape } from '../settings/datasets';
import { chartColors } from './chart-colors';
import { createPixelSurface, paintPixels, putPixelSurface, type PixelSurface } from './pixel-surface';

/** A rectangle on a canvas, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The values drawn as the lowest and the highest level (white and black ink for grayscale images). */
export interface ValueRange {
  low: number;
  high: number;
}

/** How a sample is drawn: its value range and, for signals and bars, its colour. */
export interface SampleStyle {
  range?: ValueRange;
  colour?: string;
}

/** The range of data in [0, 1]. */
export const unitRange: ValueRange = { low: 0, high: 1 };

const FRAME_COLOUR = '#c8c8c2';

/** [0, 1] when every value fits in it, so a faint reconstruction looks faint; else the values' own range. */
export function valueRangeOf(values: ArrayLike<number>): ValueRange {
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? 0;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (!(low < high) || (low >= 0 && high <= 1)) return unitRange;
  return { low, high };
}

/** Height over width of a drawn sample: the image's own for images, a wide box for signals and bars. */
export function sampleAspect(shape: DatasetShape): number {
  if (shape.imageShape) return shape.imageShape[0] / shape.imageShape[1];
  return shape.kind === 'signal' ? 0.5 : 0.4;
}

/** One sample among several: the array holding it, where it starts, and where it is drawn. */
export interface SampleItem {
  values: Float32Array;
  offset: number;
  box: Box;
}

/** Draws the sample that starts at `offset` of `values` into `box`: an image (grayscale ink dark, or colour),
 * a line for a signal, or a strip of bars for a row of values; anything outside the range is clipped to it. */
export function drawSample(
  context: CanvasRenderingContext2D,
  values: Float32Array,
  offset: number,
  shape: DatasetShape,
  box: Box,
  style: SampleStyle = {},
): void {
  drawSamples(context, shape, [{ values, offset, box }], style);
}

/** Draws several samples on one canvas. Images are painted into one pixel surface put on the canvas at once
 * over the area the boxes span (replacing what was there), so draw any text after this. */
export function drawSamples(
  context: CanvasRenderingContext2D,
  shape: DatasetShape,
  items: readonly SampleItem[],
  style: SampleStyle = {},
): void {
  if (items.length === 0) return;
  const range = style.range ?? unitRange;
  const imageShape = shape.imageShape;
  if (imageShape) {
    const surface = createPixelSurface(context);
    for (const item of items) paintImage(surface, item, imageShape, range);
    putPixelSurface(context, surface, spanOf(items.map((item) => item.box)));
  }
  for (const { values, offset, box } of items) {
    if (!imageShape) {
      context.fillStyle = '#fff';
      context.fillRect(box.x, box.y, box.width, box.height);
      if (shape.kind === 'signal')
        drawLine(context, values, offset, shape.features, box, range, style.colour);
      else drawBars(context, values, offset, shape.features, box, range, style.colour);
    }
    context.strokeStyle = FRAME_COLOUR;
    context.lineWidth = 1;
    context.strokeRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1);
  }
}

function spanOf(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The level 0…1 of a value within a range, clipped. */
export function levelOf(value: number, range: ValueRange): number {
  const span = range.high - range.low || 1;
  return Math.min(1, Math.max(0, (value - range.low) / span));
}

function paintImage(
  surface: PixelSurface,
  { values, offset, box }: SampleItem,
  [rows, columns, channels]: readonly [number, number, number],
  range: ValueRange,
): void {
  paintPixels(surface, columns, rows, box, (rgba) => {
    for (let pixel = 0; pixel < rows * columns; pixel++) {
      const at = offset + pixel * channels;
      const byte = (channel: number) => Math.round(255 * levelOf(values[at + channel] ?? 0, range));
      if (channels >= 3) {
        rgba[4 * pixel] = byte(0);
        rgba[4 * pixel + 1] = byte(1);
        rgba[4 * pixel + 2] = byte(2);
      } else {
        const ink = 255 - byte(0);
        rgba[4 * pixel] = ink;
        rgba[4 * pixel + 1] = ink;
        rgba[4 * pixel + 2] = ink;
      }
      rgba[4 * pixel + 3] = 255;
    }
  });
}

function drawLine(
  context: CanvasRenderingContext2D,
  values: Float32Array,
  offset: number,
  length: number,
  box: Box,
  range: ValueRange,
  colour: string = chartColors.train,
): void {
  const inset = 2;
  context.strokeStyle = colour;
  context.lineWidth = 1.25;
  context.beginPath();
  for (let t = 0; t < length; t++) {
    const x = box.x + inset + (t / Math.max(1, length - 1)) * (box.width - 2 * inset);
    const y = box.y + box.height - inset - levelOf(values[offset + t] ?? 0, range) * (box.height - 2 * inset);
    if (t === 0) context.moveTo(x, y);
    else context.lineTo(x, y);
  }
  context.stroke();
}

function drawBars(
  context: CanvasRenderingContext2D,
  values: Float32Array,
  offset: number,
  features: number,
  box: Box,
  range: ValueRange,
  colour: string = chartColors.train,
): void {
  const width = box.width / Math.max(1, features);
  // Bars grow from zero when the range spans it, so negative values hang below the line.
  const base = box.y + box.height - levelOf(Math.max(range.low, Math.min(range.high, 0)), range) * box.height;
  context.fillStyle = colour;
  for (let feature = 0; feature < features; feature++) {
    const top = box.y + box.height - levelOf(values[offset + feature] ?? 0, range) * box.height;
    const gap = width > 3 ? 1 : 0;
    context.fillRect(
      box.x + feature * width,
      Math.min(top, base),
      width - gap,
      Math.max(1, Math.abs(base - top)),
    );
  }
}
