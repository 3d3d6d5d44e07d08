import { useCallback, useId, useMemo } from 'react';
import { formatCount, formatLoss } from '../components/format';
import { useInsights } from '../state/playground-context';
import { drawHistogram, histogramSize } from './draw-histogram';
import { histogram, summarise } from './histogram';
import { useHiDpiCanvas } from './use-hidpi-canvas';
import './insights.css';
import { useT } from '../i18n/language-context';

const BINS = 20;

/** How the validation samples' reconstruction errors spread: a 20-bin histogram on a canvas, with the mean,
 * median and largest error as text. */
export function ErrorHistogram() {
  const { t } = useT();
  const errors = useInsights((insights) => insights?.errors ?? null);
  const summaryId = useId();
  const bins = useMemo(() => (errors ? histogram(errors, BINS) : null), [errors]);
  const summary = useMemo(() => (errors ? summarise(errors) : null), [errors]);
  const draw = useCallback(
    (context: CanvasRenderingContext2D) => {
      if (bins) drawHistogram(context, bins, { x: t('canvas.meanSquaredError'), y: t('canvas.samples') });
    },
    [bins, t],
  );
  const canvas = useHiDpiCanvas(histogramSize.width, histogramSize.height, draw);
  if (!errors) return null;
  return (
    <figure className="error-histogram">
      <h3>{t('heading.reconstructionErrors')}</h3>
      <canvas {...canvas} role="img" aria-label={t('label.errorHistogram')} aria-describedby={summaryId} />
      <figcaption id={summaryId} className="hint">
        {summary
          ? t('errors.summary', {
              count: formatCount(summary.count),
              mean: formatLoss(summary.mean),
              median: formatLoss(summary.median),
              max: formatLoss(summary.max),
            })
          : t('errors.none')}
      </figcaption>
    </figure>
  );
}
