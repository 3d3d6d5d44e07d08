import { formatLoss } from '../components/format';
import { useInsights } from '../state/playground-context';
import { className } from './ClassLegend';
import { useWorstSamples } from './use-worst-samples';
import { useSampleShape } from './use-sample-shape';
import { useT } from '../i18n/language-context';

/** The validation samples with the largest reconstruction error, the likeliest anomalies, with their class. */
export function MostAnomalous() {
  const { t } = useT();
  const labels = useInsights((insights) => insights?.labels ?? null);
  const shape = useSampleShape();
  const { worst, canvas } = useWorstSamples();
  const count = worst?.indices.length ?? 0;
  if (!worst || count === 0) return null;
  return (
    <figure>
      <h4>{t('heading.mostAnomalous')}</h4>
      <canvas {...canvas} className="sample-strip" role="img" aria-label={t('label.mostAnomalous')} />
      <ol className="most-anomalous-list">
        {Array.from(worst.indices, (index, rank) => {
          const label = labels?.[index];
          const error = formatLoss(worst.errors[rank] ?? null);
          return (
            <li key={rank}>
              {label === undefined
                ? t('anomalous.sample', { index, error })
                : t('anomalous.sampleOfClass', { index, error, name: className(shape.classes, label, t) })}
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
