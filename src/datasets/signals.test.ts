import { describe, expect, it } from 'vitest';
import type { Split } from './dataset';
import { createRng } from './random';
import { generateSignals, signalClassNames } from './signals';

const options = { length: 64, anomalyFraction: 0.2, noise: 0.05 };

const rowOf = (split: Split, length: number, i: number) =>
  split.values.subarray(i * length, (i + 1) * length);

/** Largest |x[i-1] − 2x[i] + x[i+1]|: small for smooth sines, large at spikes, bursts and jumps. */
function maxSecondDifference(row: Float32Array): number {
  let largest = 0;
  for (let i = 1; i + 1 < row.length; i++) {
    largest = Math.max(largest, Math.abs(row[i - 1]! - 2 * row[i]! + row[i + 1]!));
  }
  return largest;
}

/** Longest run of exactly equal neighbours: a flat line leaves one, noise never does. */
function longestFlatRun(row: Float32Array): number {
  let longest = 0;
  let run = 0;
  for (let i = 1; i < row.length; i++) {
    run = row[i] === row[i - 1] ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** The value below which a share `q` of `values` lies. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The statistic per row, split by label. */
function byLabel(split: Split, length: number, statistic: (row: Float32Array) => number) {
  const groups: [number[], number[]] = [[], []];
  for (let i = 0; i < split.count; i++)
    groups[split.labels?.[i] === 1 ? 1 : 0].push(statistic(rowOf(split, length, i)));
  return { normal: groups[0], anomalous: groups[1] };
}

describe('generateSignals', () => {
  it('makes count × length values in [0, 1] labelled 0 or 1', () => {
    const split = generateSignals(300, options, createRng(1));
    expect(split.count).toBe(300);
    expect(split.values.length).toBe(300 * 64);
    expect(Math.min(...split.values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...split.values)).toBeLessThanOrEqual(1);
    expect(new Set(split.labels)).toEqual(new Set([0, 1]));
    expect(signalClassNames).toEqual(['normal', 'anomalous']);
  });

  it('keeps values in [0, 1] under heavy noise', () => {
    const split = generateSignals(50, { ...options, noise: 1 }, createRng(1));
    expect(Math.min(...split.values)).toBe(0);
    expect(Math.max(...split.values)).toBe(1);
  });

  it('makes exactly round(count · fraction) signals anomalous, at varying positions', () => {
    const count = (split: Split) => split.labels?.reduce((sum, label) => sum + label, 0);
    expect(count(generateSignals(333, { ...options, anomalyFraction: 0.1 }, createRng(2)))).toBe(33);
    expect(count(generateSignals(10, { ...options, anomalyFraction: 0.25 }, createRng(2)))).toBe(3);
    expect(count(generateSignals(40, { ...options, anomalyFraction: 0 }, createRng(2)))).toBe(0);
    expect(count(generateSignals(40, { ...options, anomalyFraction: 1 }, createRng(2)))).toBe(40);
    const positions = (seed: number) => generateSignals(100, options, createRng(seed)).labels;
    expect(positions(3)).not.toEqual(positions(4));
  });

  it('copes with very short signals', () => {
    for (const length of [1, 2, 3]) {
      const split = generateSignals(40, { length, anomalyFraction: 1, noise: 0.05 }, createRng(length));
      expect(split.values.length).toBe(40 * length);
      expect(split.values.every((value) => value >= 0 && value <= 1)).toBe(true);
    }
  });

  it('is the same for the same seed and differs for another', () => {
    const split = generateSignals(100, options, createRng(5));
    expect(generateSignals(100, options, createRng(5))).toEqual(split);
    expect(generateSignals(100, options, createRng(6)).values).not.toEqual(split.values);
  });

  it('makes normal signals smooth sine mixtures around 0.5', () => {
    const split = generateSignals(400, { ...options, anomalyFraction: 0, noise: 0 }, createRng(7));
    const { normal } = byLabel(split, 64, maxSecondDifference);
    expect(Math.max(...normal)).toBeLessThan(0.05);
    const average = mean([...split.values]);
    expect(Math.abs(average - 0.5)).toBeLessThan(0.02);
    expect(Math.min(...split.values)).toBeGreaterThanOrEqual(0.1 - 1e-6);
    expect(Math.max(...split.values)).toBeLessThanOrEqual(0.9 + 1e-6);
  });

  it('makes anomalous signals measurably rougher or flatter than normal ones', () => {
    const split = generateSignals(2000, options, createRng(8));
    const roughness = byLabel(split, 64, maxSecondDifference);
    expect(roughness.anomalous).toHaveLength(400);
    expect(mean(roughness.anomalous)).toBeGreaterThan(3 * mean(roughness.normal));
    const flatRuns = byLabel(split, 64, longestFlatRun);
    expect(Math.max(...flatRuns.normal)).toBeLessThan(3);
    const flatShare = mean(flatRuns.anomalous.map((run) => (run >= 10 ? 1 : 0)));
    expect(flatShare).toBeGreaterThan(0.15);
    expect(flatShare).toBeLessThan(0.35);
    const threshold = quantile(roughness.normal, 0.99);
    const flagged = byLabel(split, 64, (row) =>
      maxSecondDifference(row) > threshold || longestFlatRun(row) >= 5 ? 1 : 0,
    );
    expect(mean(flagged.anomalous)).toBeGreaterThan(0.85);
  });
});
