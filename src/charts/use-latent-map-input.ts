import {
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import {
  moveCursor,
  nearestPoint,
  toData,
  toPixel,
  type Bounds,
  type Frame,
  type PointIndex,
} from './latent-geometry';

/** What the latent map does when the user points at it, clicks it or drives its keyboard cursor. */
export interface MapInputActions {
  /** The point under the pointer or the cursor changed (null: none). */
  hover: (point: number | null) => void;
  /** A point was chosen as an interpolation end. */
  pick: (point: number) => void;
  /** An empty spot (data coordinates) was chosen for decoding. */
  decode: (spot: [number, number]) => void;
}

/** The map's keyboard cursor (data coordinates; null while not in use) and its canvas's event handlers. */
export interface MapInput {
  cursor: [number, number] | null;
  handlers: {
    onPointerMove: (event: PointerEvent<HTMLCanvasElement>) => void;
    onPointerLeave: () => void;
    onClick: (event: MouseEvent<HTMLCanvasElement>) => void;
    onKeyDown: (event: KeyboardEvent<HTMLCanvasElement>) => void;
    onFocus: (event: FocusEvent<HTMLCanvasElement>) => void;
    onBlur: () => void;
  };
}

/** How near (CSS pixels) the pointer must come to a point to hover or pick it. */
export const HOVER_RADIUS_PX = 6;

const arrows: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/** Wires pointer and keyboard to the map: hovering finds the nearest point, a click picks it or decodes the
 * empty spot; arrow keys move a cursor (Shift: finer), Enter decodes under it, Space picks the point under it. */
export function useLatentMapInput(
  index: PointIndex,
  bounds: Bounds,
  frame: Frame,
  actions: MapInputActions,
): MapInput {
  const [cursor, setCursor] = useState<[number, number] | null>(null);
  // The point the pointer last hovered: a click picks the point whose ring the user sees, even where click
  // coordinates (whole pixels) would find a different neighbour in a dense cluster.
  const pointerPoint = useRef<number | null>(null);
  const centre = (): [number, number] => [(bounds.minX + bounds.maxX) / 2, (bounds.minY + bounds.maxY) / 2];
  const pointNear = (spot: readonly [number, number]) =>
    nearestPoint(index, ...toPixel(bounds, frame, ...spot), HOVER_RADIUS_PX);
  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const at = cursor ?? centre();
    const next = keyedCursor(event, at, bounds);
    if (!next) return;
    event.preventDefault();
    setCursor(next);
    if (event.key === 'Enter') actions.decode(next);
    else if (event.key === ' ') {
      const point = pointNear(next);
      if (point !== null) actions.pick(point);
    } else actions.hover(pointNear(next));
  };
  return {
    cursor,
    handlers: {
      onPointerMove(event) {
        pointerPoint.current = nearestPoint(index, ...pixelOf(event, frame), HOVER_RADIUS_PX);
        actions.hover(pointerPoint.current);
      },
      onPointerLeave() {
        pointerPoint.current = null;
        actions.hover(null);
      },
      onClick(event) {
        const pixel = pixelOf(event, frame);
        const point = pointerPoint.current ?? nearestPoint(index, ...pixel, HOVER_RADIUS_PX);
        if (point !== null) actions.pick(point);
        else actions.decode(toData(bounds, frame, ...pixel));
      },
      onKeyDown,
      // A cursor shows up for keyboard focus only, not when a click focuses the map.
      onFocus: (event) => {
        if (event.currentTarget.matches(':focus-visible')) setCursor((current) => current ?? centre());
      },
      onBlur: () => setCursor(null),
    },
  };
}

/** Where a key puts the keyboard cursor: arrows move it (Shift: finer steps), Enter and Space keep it; null for
 * any other key. */
function keyedCursor(
  event: KeyboardEvent<HTMLCanvasElement>,
  at: [number, number],
  bounds: Bounds,
): [number, number] | null {
  const arrow = arrows[event.key];
  if (arrow) return moveCursor(at, bounds, arrow[0], arrow[1], event.shiftKey ? 100 : 20);
  return event.key === 'Enter' || event.key === ' ' ? at : null;
}

/** The pointer's position over the canvas in frame pixels, whatever size the canvas is shown at. */
function pixelOf(event: MouseEvent<HTMLCanvasElement>, frame: Frame): [number, number] {
  const box = event.currentTarget.getBoundingClientRect();
  return [
    ((event.clientX - box.left) / (box.width || 1)) * frame.width,
    ((event.clientY - box.top) / (box.height || 1)) * frame.height,
  ];
}
