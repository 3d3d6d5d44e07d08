import type { Box } from './draw-sample';

/** Device pixels of a whole canvas, painted box by box and put on the canvas at once: one upload to the
 * canvas however many small images it holds. */
export interface PixelSurface {
  image: ImageData;
  /** Device pixels per CSS pixel along x and y, and the translation, from the context's transform. */
  scaleX: number;
  scaleY: number;
  offsetX: number;
  offsetY: number;
}

/** A blank (transparent) surface the size of the context's canvas, mapped by its current transform. */
export function createPixelSurface(context: CanvasRenderingContext2D): PixelSurface {
  const transform = context.getTransform();
  return {
    image: context.createImageData(Math.max(1, context.canvas.width), Math.max(1, context.canvas.height)),
    scaleX: transform.a,
    scaleY: transform.d,
    offsetX: transform.e,
    offsetY: transform.f,
  };
}

/** Fills a width×height grid of RGBA pixels with `paint` and copies it, scaled up without smoothing, into the
 * surface where `box` (CSS pixels) lies; parts outside the canvas are dropped. */
export function paintPixels(
  surface: PixelSurface,
  width: number,
  height: number,
  box: Box,
  paint: (rgba: Uint8ClampedArray) => void,
): void {
  const source = new Uint8ClampedArray(4 * width * height);
  paint(source);
  const { image } = surface;
  const left = Math.round(surface.scaleX * box.x + surface.offsetX);
  const top = Math.round(surface.scaleY * box.y + surface.offsetY);
  const right = Math.min(image.width, Math.round(surface.scaleX * (box.x + box.width) + surface.offsetX));
  const bottom = Math.min(image.height, Math.round(surface.scaleY * (box.y + box.height) + surface.offsetY));
  const boxWidth = right - left;
  const boxHeight = bottom - top;
  if (boxWidth <= 0 || boxHeight <= 0) return;
  // Whole RGBA pixels copied as 32-bit words: byte order does not matter for a copy.
  const from = new Uint32Array(source.buffer);
  const to = new Uint32Array(image.data.buffer);
  const fullWidth = Math.round(surface.scaleX * box.width) || 1;
  const fullHeight = Math.round(surface.scaleY * box.height) || 1;
  const firstX = Math.max(0, left);
  const columnOf = new Int32Array(right - firstX);
  for (let x = firstX; x < right; x++) columnOf[x - firstX] = Math.floor(((x - left) * width) / fullWidth);
  for (let y = Math.max(0, top); y < bottom; y++) {
    const row = Math.floor(((y - top) * height) / fullHeight) * width;
    const base = y * image.width + firstX;
    for (let x = 0; x < columnOf.length; x++) to[base + x] = from[row + (columnOf[x] ?? 0)] ?? 0;
  }
}

/** Puts the surface on the canvas, all of it or only where `within` (CSS pixels) lies; it replaces those
 * pixels, transparent ones included, so draw lines and text after it. */
export function putPixelSurface(
  context: CanvasRenderingContext2D,
  surface: PixelSurface,
  within?: Box,
): void {
  if (!within) {
    context.putImageData(surface.image, 0, 0);
    return;
  }
  const left = Math.floor(surface.scaleX * within.x + surface.offsetX);
  const top = Math.floor(surface.scaleY * within.y + surface.offsetY);
  const right = Math.ceil(surface.scaleX * (within.x + within.width) + surface.offsetX);
  const bottom = Math.ceil(surface.scaleY * (within.y + within.height) + surface.offsetY);
  context.putImageData(surface.image, 0, 0, left, top, right - left, bottom - top);
}
