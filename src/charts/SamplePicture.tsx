import { useCallback } from 'react';
import type { DatasetShape } from '../settings/datasets';
import { drawSample, sampleAspect, type ValueRange } from './draw-sample';
import { useHiDpiCanvas } from './use-hidpi-canvas';

/** One sample drawn on a canvas `size` pixels wide (an image, a signal or a strip of bars), named by `label`;
 * a blank frame while `values` is null or too short. `offset` picks a sample out of several. */
export function SamplePicture({
  values,
  shape,
  size,
  label,
  offset = 0,
  range,
}: {
  values: Float32Array | null;
  shape: DatasetShape;
  size: number;
  label: string;
  offset?: number;
  range?: ValueRange;
}) {
  const height = Math.max(8, Math.round(size * sampleAspect(shape)));
  const draw = useCallback(
    (context: CanvasRenderingContext2D) => {
      const box = { x: 0, y: 0, width: size, height };
      if (values && values.length >= offset + shape.features)
        drawSample(context, values, offset, shape, box, { range });
      else {
        context.strokeStyle = '#c8c8c2';
        context.strokeRect(0.5, 0.5, size - 1, height - 1);
      }
    },
    [values, offset, shape, size, height, range],
  );
  const canvas = useHiDpiCanvas(size, height, draw);
  return <canvas {...canvas} className="sample-picture" role="img" aria-label={label} />;
}
