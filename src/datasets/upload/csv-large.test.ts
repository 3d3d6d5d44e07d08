import { describe, expect, it } from 'vitest';
import { phraseText } from '../../settings/phrases';
import { defaultCsvOptions, parseCsv, type CsvOptions, type ParsedTable } from './csv';

const table = (text: string, options: Partial<CsvOptions> = {}): ParsedTable => {
  const result = parseCsv(text, { ...defaultCsvOptions, ...options });
  if (!result.ok) throw new Error(`expected a table, got: ${phraseText(result.error)}`);
  return result.table;
};

const lines = (count: number, line: (index: number) => string) =>
  Array.from({ length: count }, (_, index) => line(index)).join('\n');

// Speed is the bench's business (no wall-clock assertions in tests): these check that large files parse.
describe('parseCsv on large files', () => {
  it('parses 50,000 rows × 20 columns (about 9 MB)', () => {
    const header = Array.from({ length: 20 }, (_, i) => `feature ${i}`).join(',');
    const body = lines(50_000, (r) =>
      Array.from({ length: 20 }, (_, c) => ((r * 31 + c * 17) % 1000) / 7).join(','),
    );
    const text = `${header}\n${body}\n`;
    const parsed = table(text);
    expect(parsed.rows).toBe(50_000);
    expect(parsed.columns.length).toBe(20);
    expect(parsed.values.length).toBe(1_000_000);
  });

  it('parses a 20 MB file with 100,000 rows', () => {
    const body = lines(100_000, (r) =>
      Array.from({ length: 16 }, (_, c) => (r * 0.0001 + c).toFixed(9)).join('\t'),
    );
    expect(body.length).toBeGreaterThan(19_000_000);
    const parsed = table(body, { scaling: 'zscore' });
    expect(parsed.rows).toBe(100_000);
  });
});
