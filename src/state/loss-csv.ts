import { curvePoints, emptyHistory, type LossHistory } from './loss-history';

/** The loss curves as CSV: one row per epoch value, one column per curve (empty where a curve has no point). */
export function lossHistoryCsv(history: LossHistory): string {
  const names = (Object.keys(emptyHistory) as (keyof LossHistory)[]).filter(
    (name) => curvePoints(history[name]).length > 0 || name === 'train' || name === 'validation',
  );
  const rows = new Map<number, Map<string, number>>();
  for (const name of names) {
    for (const point of curvePoints(history[name])) {
      const row = rows.get(point.epoch) ?? new Map<string, number>();
      row.set(name, point.loss);
      rows.set(point.epoch, row);
    }
  }
  const header = ['epoch', ...names.map((name) => `${name}_loss`)].join(',');
  const lines = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([epoch, row]) => [epoch, ...names.map((name) => row.get(name) ?? '')].join(','));
  return `${[header, ...lines].join('\n')}\n`;
}
