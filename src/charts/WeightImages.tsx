import { useCallback, useMemo } from 'react';
import type { DatasetShape } from '../settings/datasets';
import type { ViewsState } from '../state/views-state';
import { valueRangeOf } from './draw-sample';
import { drawSampleGrid, sampleGrid } from './draw-sample-grid';
import { drawEncoderWeights } from './draw-weights';
import { useHiDpiCanvas } from './use-hidpi-canvas';
import { useT } from '../i18n/language-context';

/** The most units (filters or code units) drawn. */
export const MAX_UNITS_DRAWN = 64;
const COLUMNS = 8;

/** The first encoder layer's filters, one small image per unit, and the decoder's image for each code unit. */
export function WeightImages({
  weights,
  shape,
  imageShape,
}: {
  weights: NonNullable<ViewsState['weights']>;
  shape: DatasetShape;
  imageShape: readonly [number, number, number];
}) {
  const { t } = useT();
  const filters = Math.min(weights.units, MAX_UNITS_DRAWN);
  const codeUnits = Math.min(weights.latentSize, MAX_UNITS_DRAWN);
  const cell = Math.min(56, Math.max(32, 2 * imageShape[1]));
  const filterGrid = useMemo(() => sampleGrid(filters, shape, cell, COLUMNS), [filters, shape, cell]);
  const unitGrid = useMemo(() => sampleGrid(codeUnits, shape, cell, COLUMNS), [codeUnits, shape, cell]);
  const drawFilters = useCallback(
    (context: CanvasRenderingContext2D) =>
      drawEncoderWeights(context, weights.kernel, weights.units, filters, imageShape, filterGrid),
    [weights, filters, imageShape, filterGrid],
  );
  const drawUnits = useCallback(
    (context: CanvasRenderingContext2D) =>
      drawSampleGrid(context, weights.unitImages, codeUnits, shape, unitGrid, {
        range: valueRangeOf(weights.unitImages),
      }),
    [weights, codeUnits, shape, unitGrid],
  );
  const filterCanvas = useHiDpiCanvas(filterGrid.width, filterGrid.height, drawFilters);
  const unitCanvas = useHiDpiCanvas(unitGrid.width, unitGrid.height, drawUnits);
  const units =
    filters < weights.units
      ? t('weights.firstUnits', { drawn: filters, total: weights.units })
      : t('weights.allUnits', { total: weights.units });
  const codes =
    codeUnits < weights.latentSize
      ? t('weights.firstCodeUnits', { drawn: codeUnits, total: weights.latentSize })
      : t('weights.allCodeUnits', { total: weights.latentSize });
  return (
    <>
      <figure>
        <h4>{t('heading.firstEncoderLayer')}</h4>
        <canvas
          {...filterCanvas}
          className="sample-strip"
          role="img"
          aria-label={t('label.encoderWeights')}
        />
        <figcaption className="hint">{t('weights.filters', { units })}</figcaption>
      </figure>
      <figure>
        <h4>{t('heading.decoderImages')}</h4>
        <canvas {...unitCanvas} className="sample-strip" role="img" aria-label={t('label.decoderImages')} />
        <figcaption className="hint">{t('weights.units', { units: codes })}</figcaption>
      </figure>
    </>
  );
}
