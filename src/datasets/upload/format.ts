import { phrase, type Phrase } from '../../settings/phrases';

/** A whole number with thousands separators, as in "100,000". */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 field" or "3 fields": a count with its noun, in the singular for one. */
export function countOf(count: number, noun: 'field' | 'row' | 'image' | 'numericColumn'): Phrase {
  const figures = { count: formatCount(count) };
  if (noun === 'field') return count === 1 ? phrase('count.field', figures) : phrase('count.fields', figures);
  if (noun === 'row') return count === 1 ? phrase('count.row', figures) : phrase('count.rows', figures);
  if (noun === 'image') return count === 1 ? phrase('count.image', figures) : phrase('count.images', figures);
  return count === 1 ? phrase('count.numericColumn', figures) : phrase('count.numericColumns', figures);
}

/** Names joined by commas for a message; long lists end in "and N more". */
export function listNames(names: readonly string[], shown = 12): Phrase | string {
  const listed = names.slice(0, shown).join(', ');
  return names.length > shown
    ? phrase('list.more', { names: listed, count: formatCount(names.length - shown) })
    : listed;
}
