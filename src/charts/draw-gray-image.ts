/** Draws a side×side grayscale sample (values in [0, 1], ink dark) scaled to `sizePx`; a blank white square
 * when there is no sample. */
export function drawGrayImage(
  context: CanvasRenderingContext2D,
  values: Float32Array | null,
  side: number,
  sizePx: number,
): void {
  context.fillStyle = '#fff';
  context.fillRect(0, 0, sizePx, sizePx);
  if (!values) return;
  const pixel = sizePx / side;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const ink = 255 - Math.round(255 * Math.min(1, Math.max(0, values[y * side + x] ?? 0)));
      context.fillStyle = `rgb(${ink},${ink},${ink})`;
      context.fillRect(x * pixel, y * pixel, Math.ceil(pixel), Math.ceil(pixel));
    }
  }
}
