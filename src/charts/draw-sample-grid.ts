import type { DatasetShape } from '../settings/datasets';
import { drawSamples, sampleAspect, type Box, type SampleStyle } from './draw-sample';

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
  const shown = Math.min(count, Math.floor(values.length / Math.max(1, shape.features)));
  const items = Array.from({ length: shown }, (_, sample) => ({
    values,
    offset: sample * shape.features,
    box: gridCell(grid, sample),
  }));
  drawSamples(context, shape, items, style);
}

/** The box of cell `index` of a grid, counted row by row. */
export function gridCell(grid: SampleGrid, index: number): Box {
  return {
    x: (index % grid.columns) * (grid.cellWidth + grid.gap),
    y: Math.floor(index / grid.columns) * (grid.cellHeight + grid.gap),
    width: grid.cellWidth,
    height: grid.cellHeight,
  };
}
