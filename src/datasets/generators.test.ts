import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/schema';
import { generatedOnly } from '../core/test-helpers';
import { loadDataset } from './registry';
import { createRng, deriveSeed, shuffleInto } from './random';

describe('seeded randomness', () => {
  it('repeats a stream for the same seed and differs for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRng(seed));
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('derives distinct, non-zero seeds per stream', () => {
    const seeds = ['layer:0', 'layer:1', 'shuffle', 'data:train'].map((stream) => deriveSeed(42, stream));
    expect(new Set(seeds).size).toBe(4);
    for (let seed = 1; seed < 2000; seed++) expect(deriveSeed(seed, 'x')).toBeGreaterThan(0);
  });

  it('shuffles into a permutation', () => {
    const order = shuffleInto(new Int32Array(50), createRng(3));
    expect([...order].sort((a, b) => a - b)).toEqual([...Array(50).keys()]);
    expect([...order]).not.toEqual([...Array(50).keys()]);
  });
});

describe('loadDataset', () => {
  it('makes the tutorial’s uniform data: rows × columns in [0, 1)', async () => {
    const data = await loadDataset(
      { ...defaultSettings, dataset: 'uniform', trainSize: 100, validationSize: 20, featureCount: 10 },
      generatedOnly,
    );
    expect(data.features).toBe(10);
    expect(data.train.values.length).toBe(1000);
    expect(data.validation.values.length).toBe(200);
    expect(Math.min(...data.train.values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...data.train.values)).toBeLessThan(1);
  });

  it('makes labelled 16×16 bar images in [0, 1], the same for the same seed', async () => {
    const settings = { ...defaultSettings, dataset: 'bars' as const, trainSize: 200, validationSize: 10 };
    const data = await loadDataset(settings, generatedOnly);
    expect(data.imageShape).toEqual([16, 16, 1]);
    expect(data.train.values.length).toBe(200 * 256);
    expect(Math.max(...data.train.values)).toBeLessThanOrEqual(1);
    expect(Math.min(...data.train.values)).toBeGreaterThanOrEqual(0);
    expect(new Set(data.train.labels).size).toBe(4);
    expect((await loadDataset(settings, generatedOnly)).train.values).toEqual(data.train.values);
    expect((await loadDataset({ ...settings, seed: 9 }, generatedOnly)).train.values).not.toEqual(
      data.train.values,
    );
    expect(data.validation.values).not.toEqual(data.train.values.slice(0, 10 * 256));
  });
});
