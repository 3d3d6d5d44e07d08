import { useId, useMemo } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatLoss } from '../components/format';
import { useOpenView } from '../state/layout-context';
import { curvePoints, toChartRows } from '../state/loss-history';
import { usePlayground, useSettings, useViewInTransition } from '../state/playground-context';
import { isTrainingSettled, type TrainingState } from '../state/training-state';
import { LossTooltip } from './LossTooltip';
import { chartColors, pcaColour } from './chart-colors';
import { overlayLines, overlaySummary } from './overlay-lines';
import { mergeOverlayRows } from './overlay-series';
import { useRunOverlay } from './use-run-overlay';
import { LIVE_VIEW_INTERVAL_MS, useThrottledSelection } from '../state/use-throttled-selection';
import { useT } from '../i18n/language-context';

const selectHistory = (state: TrainingState) => state.history;

/** Training and validation loss against epochs; a log scale on request, no animation, downsampled curves. */
export function LossChart() {
  const { t } = useT();
  // The worker reports ten times a second; the chart re-renders (and redraws) at most four times.
  const history = useThrottledSelection(usePlayground().training, selectHistory, LIVE_VIEW_INTERVAL_MS, {
    atOnceWhen: isTrainingSettled,
  });
  const baseline = useViewInTransition('baseline');
  // Kept in the link, as the open views are.
  const [logScale, setLogScale] = useOpenView('logScale');
  const rows = useMemo(() => toChartRows(history), [history]);
  // Runs ticked in the run list, drawn over this run's curves.
  const overlay = useRunOverlay(history);
  const chartRows = useMemo(() => mergeOverlayRows(rows, overlay), [rows, overlay]);
  const variant = useSettings((state) => state.settings.variant);
  // The variant's term is named after what it is; β·KL is a formula in every language.
  const seriesNames = {
    train: t('figures.trainingLoss'),
    validation: t('figures.validationLoss'),
    reconstruction: t('chart.reconstruction'),
    regularization: variant === 'sparse' ? t('chart.l1Penalty') : 'β·KL',
  };
  const hasParts = rows.some((row) => row.regularization !== undefined);
  const summaryId = useId();
  const latestTrain = curvePoints(history.train).at(-1);
  const latestValidation = curvePoints(history.validation).at(-1);
  return (
    <figure className="loss-chart" aria-labelledby={summaryId}>
      <div className="chart-header">
        <h3>{t('heading.loss')}</h3>
        <label>
          <input type="checkbox" checked={logScale} onChange={(event) => setLogScale(event.target.checked)} />
          {t('chart.logScale')}
        </label>
      </div>
      <div
        className="chart-area"
        role="img"
        aria-label={t('label.lossChart')}
        aria-describedby={summaryId}
        data-export="loss-chart"
      >
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={chartRows} margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
            <XAxis
              dataKey="epoch"
              type="number"
              domain={[0, 'dataMax']}
              tickFormatter={(epoch: number) => String(Math.round(epoch * 100) / 100)}
              label={{ value: t('figures.epoch'), position: 'insideBottom', offset: -8 }}
            />
            <YAxis
              scale={logScale ? 'log' : 'linear'}
              domain={logScale ? ['auto', 'auto'] : [0, 'auto']}
              allowDataOverflow={logScale}
              tickFormatter={(loss: number) => String(Number(loss.toPrecision(3)))}
              width={64}
            />
            <Tooltip content={<LossTooltip rows={rows} names={seriesNames} />} />
            <Legend verticalAlign="top" height={24} />
            {baseline && Number.isFinite(baseline.trainLoss) && (
              <ReferenceLine
                y={baseline.trainLoss}
                stroke={pcaColour}
                strokeDasharray="2 3"
                ifOverflow="extendDomain"
                label={{
                  value: t('chart.pca', { count: baseline.components }),
                  position: 'insideTopRight',
                  fill: pcaColour,
                }}
              />
            )}
            <Line
              type="monotone"
              dataKey="train"
              name={seriesNames.train}
              stroke={chartColors.train}
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
            <Line
              type="monotone"
              dataKey="validation"
              name={seriesNames.validation}
              stroke={chartColors.validation}
              strokeDasharray="6 3"
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
            {hasParts && (
              <Line
                type="monotone"
                dataKey="reconstruction"
                name={seriesNames.reconstruction}
                stroke={chartColors.reconstruction}
                dot={false}
                isAnimationActive={false}
                connectNulls
              />
            )}
            {hasParts && (
              <Line
                type="monotone"
                dataKey="regularization"
                name={seriesNames.regularization}
                stroke={chartColors.regularization}
                strokeDasharray="2 2"
                dot={false}
                isAnimationActive={false}
                connectNulls
              />
            )}
            {overlayLines(overlay)}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption id={summaryId} className="visually-hidden">
        {rows.length === 0
          ? t('chart.noLoss')
          : t('chart.summary', {
              points: rows.length,
              train: formatLoss(latestTrain?.loss ?? null),
              epoch: latestTrain?.epoch.toFixed(2) ?? '—',
              validation: formatLoss(latestValidation?.loss ?? null),
            })}
        {baseline &&
          t('chart.baseline', {
            components: baseline.components,
            train: formatLoss(baseline.trainLoss),
            validation: formatLoss(baseline.validationLoss),
          })}
        {overlaySummary(overlay, t)}
      </figcaption>
    </figure>
  );
}
