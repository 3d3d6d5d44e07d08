import { formatLoss } from '../components/format';
import { useWorstSamples } from './use-worst-samples';
import './insights.css';
import { useT } from '../i18n/language-context';

/** The validation samples the model reconstructs worst: each input above its reconstruction, with the
 * sample's index and its mean squared error. */
export function WorstGallery() {
  const { t } = useT();
  const { worst, canvas } = useWorstSamples();
  const count = worst?.indices.length ?? 0;
  if (!worst || count === 0) return null;
  return (
    <figure className="worst-gallery">
      <h3>{t('heading.worstReconstructed')}</h3>
      <canvas {...canvas} className="sample-strip" role="img" aria-label={t('label.worstReconstructed')} />
      <figcaption className="hint">{t('worst.caption', { count })}</figcaption>
      <ol className="visually-hidden">
        {Array.from(worst.indices, (index, rank) => (
          <li key={rank}>{t('worst.sample', { index, error: formatLoss(worst.errors[rank] ?? null) })}</li>
        ))}
      </ol>
    </figure>
  );
}
