import { Line } from 'recharts';
import type { Translator } from '../i18n/translate';
import type { Overlay } from './overlay-series';

/** One dashed line per overlaid run; called as a function so Recharts sees the Line elements themselves. */
export function overlayLines(overlay: Overlay) {
  return overlay.series.map((series) => (
    <Line
      key={series.key}
      type="monotone"
      dataKey={series.key}
      name={series.name}
      stroke={series.colour}
      strokeDasharray={series.dash}
      strokeWidth={1.5}
      dot={false}
      isAnimationActive={false}
      connectNulls
    />
  ));
}

/** The overlaid runs in words, for the chart's text summary. */
export function overlaySummary(overlay: Overlay, t: Translator['t']): string {
  return overlay.series.length === 0
    ? ''
    : t('chart.overlaid', { runs: overlay.series.map((series) => series.name).join('; ') });
}
