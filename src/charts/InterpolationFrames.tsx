import { useCallback, useMemo } from 'react';
import type { DatasetShape } from '../settings/datasets';
import { useViewInTransition } from '../state/playground-context';
import { valueRangeOf } from './draw-sample';
import { drawSampleGrid, sampleGrid } from './draw-sample-grid';
import { useHiDpiCanvas } from './use-hidpi-canvas';
import { useT } from '../i18n/language-context';

const COLUMNS = 8;

/** The last interpolation the worker sent, one decoded frame per cell, first to last; `placeholder` until
 * one has come. */
export function InterpolationFrames({ shape, placeholder }: { shape: DatasetShape; placeholder: string }) {
  const { t } = useT();
  const interpolation = useViewInTransition('interpolation');
  const shown =
    interpolation && interpolation.outputs.length === interpolation.frames * shape.features
      ? interpolation
      : null;
  const cells = shown?.frames ?? 1;
  const grid = useMemo(() => sampleGrid(cells, shape, shape.imageShape ? 52 : 64, COLUMNS), [cells, shape]);
  const draw = useCallback(
    (context: CanvasRenderingContext2D) => {
      if (!shown) return;
      drawSampleGrid(context, shown.outputs, shown.frames, shape, grid, {
        range: valueRangeOf(shown.outputs),
      });
    },
    [shown, shape, grid],
  );
  const canvas = useHiDpiCanvas(grid.width, grid.height, draw);
  if (!shown) return <p className="hint">{placeholder}</p>;
  return (
    <figure>
      <canvas {...canvas} className="sample-strip" role="img" aria-label={t('label.interpolation')} />
      <figcaption className="hint">
        {t('interpolation.caption', { frames: shown.frames, from: shown.from, to: shown.to })}
      </figcaption>
    </figure>
  );
}
