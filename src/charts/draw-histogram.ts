import { chartColors } from './chart-colors';
import { niceTicks, type Histogram } from './histogram';

/** The histogram's canvas size in CSS pixels. */
export const histogramSize = { width: 360, height: 176 } as const;

const plot = { left: 48, right: 10, top: 16, bottom: 40 } as const;
const TEXT_COLOUR = '#5b5b57';
const GRID_COLOUR = '#e3e3de';

/** Draws the bins as bars over their value range, with round ticks on both axes and the axes' titles. */
export function drawHistogram(
  context: CanvasRenderingContext2D,
  { edges, counts }: Histogram,
  titles: { x: string; y: string },
): void {
  const { width, height } = histogramSize;
  const plotWidth = width - plot.left - plot.right;
  const plotHeight = height - plot.top - plot.bottom;
  const low = edges[0] ?? 0;
  const high = edges[edges.length - 1] ?? 1;
  const peak = Math.max(1, ...counts);
  const xOf = (value: number) => plot.left + ((value - low) / (high - low || 1)) * plotWidth;
  const yOf = (count: number) => plot.top + plotHeight - (count / peak) * plotHeight;
  context.font = '11px system-ui, sans-serif';
  context.fillStyle = TEXT_COLOUR;
  context.textAlign = 'right';
  context.textBaseline = 'middle';
  for (const tick of niceTicks(0, peak, 4)) {
    const y = Math.round(yOf(tick)) + 0.5;
    context.strokeStyle = GRID_COLOUR;
    context.beginPath();
    context.moveTo(plot.left, y);
    context.lineTo(width - plot.right, y);
    context.stroke();
    context.fillText(String(tick), plot.left - 6, y);
  }
  context.fillStyle = chartColors.train;
  counts.forEach((count, bin) => {
    const left = xOf(edges[bin] ?? low);
    const right = xOf(edges[bin + 1] ?? high);
    if (count > 0)
      context.fillRect(left + 0.5, yOf(count), Math.max(1, right - left - 1), yOf(0) - yOf(count));
  });
  context.fillStyle = TEXT_COLOUR;
  context.textAlign = 'center';
  context.textBaseline = 'top';
  for (const tick of niceTicks(low, high, 4))
    context.fillText(formatTick(tick), xOf(tick), plot.top + plotHeight + 4);
  context.fillText(titles.x, plot.left + plotWidth / 2, height - 14);
  context.textAlign = 'left';
  context.fillText(titles.y, 2, 0);
  context.strokeStyle = TEXT_COLOUR;
  context.beginPath();
  context.moveTo(plot.left + 0.5, plot.top);
  context.lineTo(plot.left + 0.5, plot.top + plotHeight + 0.5);
  context.lineTo(width - plot.right, plot.top + plotHeight + 0.5);
  context.stroke();
}

function formatTick(value: number): string {
  return Math.abs(value) >= 1e-3 || value === 0
    ? String(Number(value.toPrecision(3)))
    : value.toExponential(0);
}
