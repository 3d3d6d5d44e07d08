import { useCallback } from 'react';
import { formatLoss } from '../components/format';
import { useSampleShape } from './use-sample-shape';
import { drawWorst, worstLayout } from './draw-worst';
import { useHiDpiCanvas } from './use-hidpi-canvas';
import { useWorstSamples } from './use-worst-samples';
import './insights.css';
import { useT } from '../i18n/language-context';

/** The validation samples the model reconstructs worst: each input above its reconstruction, with the
 * sample's index and its mean squared error. */
export function WorstGallery() {
  const { t } = useT();
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
    <figure className="worst-gallery">
      <h3>{t('heading.worstReconstructed')}</h3>
      <canvas {...canvas} className="sample-strip" role="img" aria-label="Worst reconstructed" />
      <figcaption className="hint">{t('worst.caption', { count })}</figcaption>
      <ol className="visually-hidden">
        {Array.from(worst.indices, (index, rank) => (
          <li key={rank}>{t('worst.sample', { index, error: formatLoss(worst.errors[rank] ?? null) })}</li>
        ))}
      </ol>
    </figure>
  );
}
