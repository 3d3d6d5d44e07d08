import { describe, expect, it } from 'vitest';
import { FIRST_ROUND_ROWS, InsightRows, MIN_ROUND_ROWS, ROUND_TARGET_MS } from './insight-rows';

describe('InsightRows', () => {
  it('starts with a first round of at most FIRST_ROUND_ROWS samples', () => {
    expect(new InsightRows(10_000).rows).toBe(FIRST_ROUND_ROWS);
    expect(new InsightRows(300).rows).toBe(300);
  });

  it('doubles while rounds are quick, up to every sample', () => {
    const rows = new InsightRows(10_000);
    const seen = [rows.rows];
    for (let round = 0; round < 6; round++) {
      rows.record(ROUND_TARGET_MS / 4);
      seen.push(rows.rows);
    }
    expect(seen).toEqual([1024, 2048, 4096, 8192, 10_000, 10_000, 10_000]);
  });

  it('cuts a slow round back to what fits the target, and keeps a round near the target as it is', () => {
    const rows = new InsightRows(10_000);
    // 1,024 samples in 2 s (the CPU backend with MNIST): about 200 fit in the target, but a map keeps 256.
    rows.record(2000);
    expect(rows.rows).toBe(MIN_ROUND_ROWS);
    const slower = new InsightRows(10_000);
    slower.record(ROUND_TARGET_MS * 2);
    expect(slower.rows).toBe(512);
    slower.record(ROUND_TARGET_MS * 0.9);
    slower.record(ROUND_TARGET_MS * 1.4);
    expect(slower.rows).toBe(512);
  });
});
