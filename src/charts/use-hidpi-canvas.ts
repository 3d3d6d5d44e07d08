import { useEffect, useRef, type CSSProperties, type RefObject } from 'react';
import { canvasContext } from './canvas-context';

/** Props that size a canvas for the screen's pixel density while it keeps its size in CSS pixels. */
export interface HiDpiCanvasProps {
  ref: RefObject<HTMLCanvasElement | null>;
  width: number;
  height: number;
  style: CSSProperties;
}

/** Gives the props of a `width`×`height` (CSS pixels) canvas sharp on high-density screens, and calls `draw`
 * with a context scaled to CSS pixels, cleared, whenever `draw` or the size changes. */
export function useHiDpiCanvas(
  width: number,
  height: number,
  draw: ((context: CanvasRenderingContext2D) => void) | null,
): HiDpiCanvasProps {
  const ref = useRef<HTMLCanvasElement>(null);
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  useEffect(() => {
    const context = canvasContext(ref.current);
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    draw?.(context);
  }, [draw, width, height, ratio]);
  return {
    ref,
    width: Math.round(width * ratio),
    height: Math.round(height * ratio),
    style: { width: `${width}px`, aspectRatio: `${width} / ${height}` },
  };
}
