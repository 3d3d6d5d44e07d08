import { useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
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
  const centre = (): [number, number] => [(bounds.minX + bounds.maxX) / 2, (bounds.minY + bounds.maxY) / 2];
  const pointNear = (spot: readonly [number, number]) =>
    nearestPoint(index, ...toPixel(bounds, frame, ...spot), HOVER_RADIUS_PX);
  const pixelOf = (event: MouseEvent<HTMLCanvasElement>): [number, number] => {
    const box = event.currentTarget.getBoundingClientRect();
    return [
      ((event.clientX - box.left) / (box.width || 1)) * frame.width,
      ((event.clientY - box.top) / (box.height || 1)) * frame.height,
    ];
  };
  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const arrow = arrows[event.key];
    const at = cursor ?? centre();
    if (arrow) {
      const next = moveCursor(at, bounds, arrow[0], arrow[1], event.shiftKey ? 100 : 20);
      setCursor(next);
      actions.hover(pointNear(next));
    } else if (event.key === 'Enter') {
      setCursor(at);
      actions.decode(at);
    } else if (event.key === ' ') {
      const point = pointNear(at);
      setCursor(at);
      if (point !== null) actions.pick(point);
    } else return;
    event.preventDefault();
  };
  return {
    cursor,
    handlers: {
      onPointerMove: (event) => actions.hover(nearestPoint(index, ...pixelOf(event), HOVER_RADIUS_PX)),
      onPointerLeave: () => actions.hover(null),
      onClick(event) {
        const pixel = pixelOf(event);
        const point = nearestPoint(index, ...pixel, HOVER_RADIUS_PX);
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
