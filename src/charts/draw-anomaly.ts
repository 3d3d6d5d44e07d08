import { chartColors, classColour } from './chart-colors';
import { niceTicks } from './histogram';
import type { RocPoint } from './roc';

/** Canvas sizes in CSS pixels. */
export const rocSize = { width: 220, height: 220 } as const;
export const classHistogramSize = { width: 360, height: 190 } as const;

const TEXT_COLOUR = '#5b5b57';
const GRID_COLOUR = '#e3e3de';
const rocPlot = { left: 36, right: 8, top: 8, bottom: 32 } as const;
const histogramPlot = { left: 40, right: 10, top: 10, bottom: 36 } as const;

/** The ROC curve on the unit square, the chance diagonal, and a dot where the chosen threshold sits; `titles` name
 * the axes in the page's language. */
export function drawRoc(
  context: CanvasRenderingContext2D,
  points: readonly RocPoint[],
  chosen: RocPoint,
  titles: { x: string; y: string },
): void {
  const { width, height } = rocSize;
  const size = Math.min(width - rocPlot.left - rocPlot.right, height - rocPlot.top - rocPlot.bottom);
  const xOf = (rate: number) => rocPlot.left + rate * size;
  const yOf = (rate: number) => rocPlot.top + (1 - rate) * size;
  context.font = '11px system-ui, sans-serif';
  context.strokeStyle = GRID_COLOUR;
  context.setLineDash([3, 3]);
  context.beginPath();
  context.moveTo(xOf(0), yOf(0));
  context.lineTo(xOf(1), yOf(1));
  context.stroke();
  context.setLineDash([]);
  context.strokeStyle = TEXT_COLOUR;
  context.strokeRect(xOf(0) + 0.5, yOf(1) + 0.5, size, size);
  context.strokeStyle = chartColors.train;
  context.lineWidth = 2;
  context.beginPath();
  points.forEach((point, index) => {
    const [x, y] = [xOf(point.falsePositiveRate), yOf(point.truePositiveRate)];
    if (index === 0) context.moveTo(x, y);
    else context.lineTo(x, y);
  });
  context.stroke();
  context.lineWidth = 1;
  context.fillStyle = chartColors.validation;
  context.beginPath();
  context.arc(xOf(chosen.falsePositiveRate), yOf(chosen.truePositiveRate), 4, 0, 2 * Math.PI);
  context.fill();
  context.fillStyle = TEXT_COLOUR;
  context.textAlign = 'center';
  context.textBaseline = 'top';
  context.fillText(titles.x, xOf(0.5), yOf(0) + 14);
  for (const tick of [0, 0.5, 1]) context.fillText(String(tick), xOf(tick), yOf(0) + 2);
  context.save();
  context.translate(10, yOf(0.5));
  context.rotate(-Math.PI / 2);
  context.fillText(titles.y, 0, -6);
  context.restore();
}

/** One outline histogram of the errors per class over shared bins, in the classes' colours, and the threshold
 * as a vertical line. `counts[class][bin]`; `edges` has one more entry than each counts row; `xTitle` names the
 * horizontal axis. */
export function drawClassHistograms(
  context: CanvasRenderingContext2D,
  edges: readonly number[],
  counts: readonly (readonly number[])[],
  threshold: number,
  xTitle: string,
): void {
  const { width, height } = classHistogramSize;
  const plotWidth = width - histogramPlot.left - histogramPlot.right;
  const plotHeight = height - histogramPlot.top - histogramPlot.bottom;
  const low = edges[0] ?? 0;
  const high = edges[edges.length - 1] ?? 1;
  const peak = Math.max(1, ...counts.flat());
  const xOf = (value: number) => histogramPlot.left + ((value - low) / (high - low || 1)) * plotWidth;
  const yOf = (count: number) => histogramPlot.top + plotHeight - (count / peak) * plotHeight;
  context.font = '11px system-ui, sans-serif';
  counts.forEach((row, classIndex) => {
    if (row.every((count) => count === 0)) return;
    context.strokeStyle = classColour(classIndex);
    context.lineWidth = 1.5;
    context.beginPath();
    context.moveTo(xOf(low), yOf(0));
    row.forEach((count, bin) => {
      context.lineTo(xOf(edges[bin] ?? low), yOf(count));
      context.lineTo(xOf(edges[bin + 1] ?? high), yOf(count));
    });
    context.lineTo(xOf(high), yOf(0));
    context.stroke();
  });
  context.lineWidth = 1;
  context.strokeStyle = TEXT_COLOUR;
  context.setLineDash([4, 3]);
  const x = Math.round(xOf(Math.min(high, Math.max(low, threshold)))) + 0.5;
  context.beginPath();
  context.moveTo(x, histogramPlot.top);
  context.lineTo(x, histogramPlot.top + plotHeight);
  context.stroke();
  context.setLineDash([]);
  context.beginPath();
  context.moveTo(histogramPlot.left + 0.5, histogramPlot.top);
  context.lineTo(histogramPlot.left + 0.5, histogramPlot.top + plotHeight + 0.5);
  context.lineTo(width - histogramPlot.right, histogramPlot.top + plotHeight + 0.5);
  context.stroke();
  context.fillStyle = TEXT_COLOUR;
  context.textAlign = 'center';
  context.textBaseline = 'top';
  for (const tick of niceTicks(low, high, 4))
    context.fillText(String(Number(tick.toPrecision(3))), xOf(tick), histogramPlot.top + plotHeight + 4);
  context.fillText(xTitle, histogramPlot.left + plotWidth / 2, height - 14);
  context.strokeStyle = GRID_COLOUR;
}
