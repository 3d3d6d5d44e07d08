import { useCallback } from 'react';
import { formatLoss } from '../components/format';
import { useViews } from '../state/playground-context';
import { className } from './ClassLegend';
import { drawWorst, worstLayout } from './draw-worst';
import { useHiDpiCanvas } from './use-hidpi-canvas';
import { useWorstSamples } from './use-worst-samples';
import { useSampleShape } from './use-sample-shape';
import { useT } from '../i18n/language-context';

/** The validation samples with the largest reconstruction error, the likeliest anomalies, with their class. */
export function MostAnomalous() {
  const { t } = useT();
  const labels = useViews((state) => state.insights?.labels ?? null);
  const shape = useSampleShape();
  const worst = useWorstSamples();
  const count = worst?.indices.length ?? 0;
  const layout = worstLayout(count, shape);
  const draw = useCallback(
    (context: CanvasRenderingContext2D) => {
      if (worst) drawWorst(context, worst, shape);
    },
    [worst, shape],
  );
  const canvas = useHiDpiCanvas(layout.width, layout.height, draw);
  if (!worst || count === 0) return null;
  return (
    <figure>
      <h4>{t('heading.mostAnomalous')}</h4>
      <canvas {...canvas} className="sample-strip" role="img" aria-label="Most anomalous samples" />
      <ol className="most-anomalous-list">
        {Array.from(worst.indices, (index, rank) => {
          const label = labels?.[index];
          return (
            <li key={rank}>
              Sample {index}
              {label === undefined ? '' : ` (${className(shape.classes, label)})`}: error{' '}
              {formatLoss(worst.errors[rank] ?? null)}
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
