/** A canvas's 2-D context kept in main memory (Chrome's `willReadFrequently` turns GPU rasterisation off). Our
 * canvases are small pictures redrawn a few times a second; on the GPU every redraw is a texture upload that
 * queues behind tfjs's WebGL kernels in the same GPU process, and the main thread waits for it while training
 * runs on WebGL. Every caller of one canvas must use this: the first getContext call fixes the options. */
export function canvasContext(canvas: HTMLCanvasElement | null | undefined): CanvasRenderingContext2D | null {
  return canvas?.getContext('2d', { willReadFrequently: true }) ?? null;
}
