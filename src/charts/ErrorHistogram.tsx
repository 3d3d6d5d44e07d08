import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatLoss } from '../components/format';
import { useViews } from '../state/playground-context';
import { chartColors } from './chart-colors';
import { histogram, summarise } from './histogram';
import './insights.css';

const BINS = 20;

/** How the validation samples' reconstruction errors spread: a 20-bin histogram, with the mean, median and
 * largest error as text. */
export function ErrorHistogram() {
  const errors = useViews((state) => state.insights?.errors ?? null);
  const summaryId = useId();
  const { rows, summary } = useMemo(() => {
    if (!errors) return { rows: [], summary: null };
    const { edges, counts } = histogram(errors, BINS);
    const rows = counts.map((count, bin) => ({
      low: edges[bin] ?? 0,
      high: edges[bin + 1] ?? 0,
      count,
    }));
    return { rows, summary: summarise(errors) };
  }, [errors]);
  if (!errors) return null;
  return (
    <figure className="error-histogram" aria-labelledby={summaryId}>
      <h3>Reconstruction errors</h3>
      <div className="chart-area" role="img" aria-label="Error histogram" aria-describedby={summaryId}>
        <ResponsiveContainer width="100%" height={180}>
          <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 16, left: 8 }} barCategoryGap={1}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
            <XAxis
              dataKey="low"
              tickFormatter={(low: number) => String(Number(low.toPrecision(2)))}
              label={{ value: 'Mean squared error', position: 'insideBottom', offset: -8 }}
            />
            <YAxis allowDecimals={false} width={48} />
            <Tooltip
              formatter={(value) => [String(value), 'Samples']}
              labelFormatter={(_label, payload) => {
                const row = payload[0]?.payload as { low: number; high: number } | undefined;
                return row ? `Error ${formatLoss(row.low)} to ${formatLoss(row.high)}` : '';
              }}
            />
            <Bar dataKey="count" name="Samples" fill={chartColors.train} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption id={summaryId} className="hint">
        {summary
          ? `${formatCount(summary.count)} validation samples: mean error ${formatLoss(summary.mean)}, median ${formatLoss(
              summary.median,
            )}, largest ${formatLoss(summary.max)}.`
          : 'No finite errors to show.'}
      </figcaption>
    </figure>
  );
}
