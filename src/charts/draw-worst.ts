import type { DatasetShape } from '../settings/datasets';
import { formatLoss } from '../components/format';
import { drawSample, sampleAspect, valueRangeOf } from './draw-sample';

/** The worst reconstructions: validation indices, their inputs and outputs one after another, their errors. */
export interface WorstSamples {
  indices: Int32Array;
  inputs: Float32Array;
  outputs: Float32Array;
  errors: readonly number[];
}

const TEXT_PX = 14;
const GAP_PX = 6;

/** Sizes of the gallery: columns of input above output, an index over each and an error under it. */
export function worstLayout(count: number, shape: DatasetShape) {
  const columns = Math.max(1, Math.min(count, shape.imageShape ? 8 : 4));
  const cellWidth = shape.imageShape ? 56 : 104;
  const cellHeight = Math.max(8, Math.round(cellWidth * sampleAspect(shape)));
  const blockHeight = TEXT_PX + 2 * cellHeight + 2 + TEXT_PX;
  const rows = Math.ceil(count / columns);
  return {
    columns,
    cellWidth,
    cellHeight,
    blockHeight,
    width: columns * (cellWidth + GAP_PX) - GAP_PX,
    height: Math.max(1, rows * (blockHeight + GAP_PX) - GAP_PX),
  };
}

/** Draws each worst sample's index, its input above its reconstruction, and its error. */
export function drawWorst(context: CanvasRenderingContext2D, worst: WorstSamples, shape: DatasetShape): void {
  const count = worst.indices.length;
  const layout = worstLayout(count, shape);
  const range = valueRangeOf(worst.inputs);
  context.font = '11px system-ui, sans-serif';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  for (let sample = 0; sample < count; sample++) {
    if ((sample + 1) * shape.features > Math.min(worst.inputs.length, worst.outputs.length)) return;
    const x = (sample % layout.columns) * (layout.cellWidth + GAP_PX);
    const y = Math.floor(sample / layout.columns) * (layout.blockHeight + GAP_PX);
    const box = (top: number) => ({ x, y: top, width: layout.cellWidth, height: layout.cellHeight });
    const offset = sample * shape.features;
    drawSample(context, worst.inputs, offset, shape, box(y + TEXT_PX), { range });
    drawSample(context, worst.outputs, offset, shape, box(y + TEXT_PX + layout.cellHeight + 2), { range });
    context.fillStyle = '#1d1d1b';
    context.fillText(`#${worst.indices[sample] ?? '?'}`, x + layout.cellWidth / 2, y + TEXT_PX / 2);
    context.fillStyle = '#5b5b57';
    context.fillText(
      formatLoss(worst.errors[sample] ?? null),
      x + layout.cellWidth / 2,
      y + layout.blockHeight - TEXT_PX / 2,
    );
  }
}
