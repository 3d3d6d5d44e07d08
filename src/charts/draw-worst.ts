import type { DatasetShape } from '../settings/datasets';
import { formatLoss } from '../components/format';
import { drawSamples, sampleAspect, valueRangeOf } from './draw-sample';

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

/** Draws each worst sample's input above its reconstruction, then its index over them and its error under. */
export function drawWorst(context: CanvasRenderingContext2D, worst: WorstSamples, shape: DatasetShape): void {
  const layout = worstLayout(worst.indices.length, shape);
  const available = Math.floor(
    Math.min(worst.inputs.length, worst.outputs.length) / Math.max(1, shape.features),
  );
  const count = Math.min(worst.indices.length, available);
  const origin = (sample: number) => ({
    x: (sample % layout.columns) * (layout.cellWidth + GAP_PX),
    y: Math.floor(sample / layout.columns) * (layout.blockHeight + GAP_PX),
  });
  const items = Array.from({ length: count }, (_, sample) => {
    const { x, y } = origin(sample);
    const box = (top: number) => ({ x, y: top, width: layout.cellWidth, height: layout.cellHeight });
    const offset = sample * shape.features;
    return [
      { values: worst.inputs, offset, box: box(y + TEXT_PX) },
      { values: worst.outputs, offset, box: box(y + TEXT_PX + layout.cellHeight + 2) },
    ];
  }).flat();
  drawSamples(context, shape, items, { range: valueRangeOf(worst.inputs) });
  context.font = '11px system-ui, sans-serif';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  for (let sample = 0; sample < count; sample++) {
    const { x, y } = origin(sample);
    context.fillStyle = '#1d1d1b';
    context.fillText(`#${worst.indices[sample] ?? '?'}`, x + layout.cellWidth / 2, y + TEXT_PX / 2);
    context.fillStyle = '#5b5b57';
    const error = formatLoss(worst.errors[sample] ?? null);
    context.fillText(error, x + layout.cellWidth / 2, y + layout.blockHeight - TEXT_PX / 2);
  }
}
