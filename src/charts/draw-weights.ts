import { drawPixels, type Box } from './draw-sample';
import type { SampleGrid } from './draw-sample-grid';

const NEGATIVE = [0, 114, 178] as const;
const POSITIVE = [230, 159, 0] as const;

/** The colour of a weight scaled to [-1, 1]: blue below zero, white at zero, orange above. */
export function divergingColour(level: number): [number, number, number] {
  const amount = Math.min(1, Math.abs(level));
  const target = level < 0 ? NEGATIVE : POSITIVE;
  const mix = (channel: 0 | 1 | 2) => Math.round(255 + (target[channel] - 255) * amount);
  return [mix(0), mix(1), mix(2)];
}

/** Draws the first `count` units' filters of a kernel (inputs × units, row-major: unit u's filter is column u)
 * as images of `imageShape`, each scaled by its own largest absolute weight. Grayscale filters use the blue–
 * white–orange scale; colour filters are shown as colours around mid-grey. */
export function drawEncoderWeights(
  context: CanvasRenderingContext2D,
  kernel: Float32Array,
  units: number,
  count: number,
  imageShape: readonly [number, number, number],
  grid: SampleGrid,
): void {
  const [rows, columns, channels] = imageShape;
  const inputs = rows * columns * channels;
  for (let unit = 0; unit < count; unit++) {
    const weightOf = (input: number) => kernel[input * units + unit] ?? 0;
    let largest = 0;
    for (let input = 0; input < inputs; input++) largest = Math.max(largest, Math.abs(weightOf(input)));
    const scale = largest > 0 ? 1 / largest : 0;
    const box: Box = {
      x: (unit % grid.columns) * (grid.cellWidth + grid.gap),
      y: Math.floor(unit / grid.columns) * (grid.cellHeight + grid.gap),
      width: grid.cellWidth,
      height: grid.cellHeight,
    };
    drawPixels(context, columns, rows, box, (rgba) => {
      for (let pixel = 0; pixel < rows * columns; pixel++) {
        const at = pixel * channels;
        const colour =
          channels >= 3
            ? ([0, 1, 2].map((channel) => Math.round(127.5 + 127.5 * weightOf(at + channel) * scale)) as [
                number,
                number,
                number,
              ])
            : divergingColour(weightOf(at) * scale);
        rgba.set([...colour, 255], 4 * pixel);
      }
    });
  }
}
