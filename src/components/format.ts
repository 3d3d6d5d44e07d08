const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A whole number with thousands separators: 12,345. */
export function formatCount(value: number): string {
  return counts.format(value);
}

/** A loss with four significant digits, or a dash before there is one. */
export function formatLoss(value: number | null): string {
  if (value === null) return '—';
  if (!Number.isFinite(value)) return String(value);
  return value === 0 ? '0' : value.toPrecision(4);
}
