/** A whole number with thousands separators, as in "100,000". */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 field" or "3 fields": a count with its noun, in the singular for one. */
export function countOf(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** A name in typographic quotes, as in “height”. */
export function quoted(name: string): string {
  return `“${name}”`;
}

/** Names joined by commas for a message; long lists end in "and N more". */
export function listNames(names: readonly string[], shown = 12): string {
  const listed = names.slice(0, shown).join(', ');
  return names.length > shown ? `${listed} and ${formatCount(names.length - shown)} more` : listed;
}
