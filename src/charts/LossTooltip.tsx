import { formatLoss } from '../components/format';
import { useT } from '../i18n/language-context';
import { valuesNear, type ChartRow, type ChartSeries } from '../state/loss-history';
import { chartColors } from './chart-colors';

const order: readonly ChartSeries[] = ['train', 'validation', 'reconstruction', 'regularization'];

/** The loss chart's tooltip: every curve's value nearest to the pointed epoch (Recharts' own shows only the
 * curves with a point at exactly that epoch, and validation has one per epoch only). */
export function LossTooltip({
  rows,
  names,
  active,
  label,
}: {
  rows: readonly ChartRow[];
  names: Record<ChartSeries, string>;
  active?: boolean;
  label?: number | string;
}) {
  const { t } = useT();
  if (!active || label === undefined) return null;
  const epoch = Number(label);
  const values = valuesNear(rows, epoch);
  return (
    <div className="loss-tooltip">
      <p>{t('chart.tooltipEpoch', { epoch: epoch.toFixed(2) })}</p>
      <ul>
        {order
          .filter((series) => values[series] !== undefined)
          .map((series) => (
            <li key={series} style={{ color: chartColors[series] }}>
              {names[series]}: {formatLoss(values[series] ?? null)}
            </li>
          ))}
      </ul>
    </div>
  );
}
