import { gridCell, type SampleGrid } from './draw-sample-grid';
import { createPixelSurface, paintPixels, putPixelSurface } from './pixel-surface';

const NEGATIVE = [0, 114, 178] as const;
const POSITIVE = [230, 159, 0] as const;

/** Writes the colour of a weight scaled to [-1, 1] at `at`: blue below zero, white at zero, orange above. */
export function writeDiverging(rgba: Uint8ClampedArray, at: number, level: number): void {
  const amount = Math.min(1, Math.abs(level));
  const target = level < 0 ? NEGATIVE : POSITIVE;
  rgba[at] = 255 + (target[0] - 255) * amount;
  rgba[at + 1] = 255 + (target[1] - 255) * amount;
  rgba[at + 2] = 255 + (target[2] - 255) * amount;
  rgba[at + 3] = 255;
}

/** Draws the first `count` units' filters of a kernel (inputs × units, row-major: unit u's filter is column u)
 * as images of `imageShape` in the cells of `grid`, each scaled by its own largest absolute weight. Grayscale
 * filters use the blue–white–orange scale; colour filters are shown as colours around mid-grey. */
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
  const surface = createPixelSurface(context);
  for (let unit = 0; unit < count; unit++) {
    let largest = 0;
    for (let input = 0; input < inputs; input++)
      largest = Math.max(largest, Math.abs(kernel[input * units + unit] ?? 0));
    const scale = largest > 0 ? 1 / largest : 0;
    const weightOf = (input: number) => (kernel[input * units + unit] ?? 0) * scale;
    paintPixels(surface, columns, rows, gridCell(grid, unit), (rgba) => {
      for (let pixel = 0; pixel < rows * columns; pixel++) {
        const at = pixel * channels;
        if (channels < 3) writeDiverging(rgba, 4 * pixel, weightOf(at));
        else {
          for (let channel = 0; channel < 3; channel++)
            rgba[4 * pixel + channel] = 127.5 + 127.5 * weightOf(at + channel);
          rgba[4 * pixel + 3] = 255;
        }
      }
    });
  }
  putPixelSurface(context, surface);
}
