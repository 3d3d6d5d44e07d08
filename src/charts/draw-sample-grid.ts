import type { DatasetShape } from '../settings/datasets';
import { drawSample, sampleAspect, type SampleStyle } from './draw-sample';

/** How a row-major grid of samples is laid out, in CSS pixels. */
export interface SampleGrid {
  columns: number;
  rows: number;
  cellWidth: number;
  cellHeight: number;
  gap: number;
  width: number;
  height: number;
}

/** The layout of `count` samples in at most `maxColumns` columns of cells `cellWidth` wide. */
export function sampleGrid(
  count: number,
  shape: DatasetShape,
  cellWidth: number,
  maxColumns: number,
  gap = 4,
): SampleGrid {
  const columns = Math.max(1, Math.min(count, maxColumns));
  const rows = Math.max(1, Math.ceil(count / columns));
  const cellHeight = Math.max(8, Math.round(cellWidth * sampleAspect(shape)));
  return {
    columns,
    rows,
    cellWidth,
    cellHeight,
    gap,
    width: columns * (cellWidth + gap) - gap,
    height: rows * (cellHeight + gap) - gap,
  };
}

/** Draws `count` samples stored one after another in `values` into the cells of `grid`, row by row. */
export function drawSampleGrid(
  context: CanvasRenderingContext2D,
  values: Float32Array,
  count: number,
  shape: DatasetShape,
  grid: SampleGrid,
  style: SampleStyle = {},
): void {
  for (let sample = 0; sample < count; sample++) {
    if ((sample + 1) * shape.features > values.length) return;
    const column = sample % grid.columns;
    const row = Math.floor(sample / grid.columns);
    const box = {
      x: column * (grid.cellWidth + grid.gap),
      y: row * (grid.cellHeight + grid.gap),
      width: grid.cellWidth,
      height: grid.cellHeight,
    };
    drawSample(context, values, sample * shape.features, shape, box, style);
  }
}
