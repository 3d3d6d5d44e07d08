import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/schema';
import { generatedOnly } from '../core/test-helpers';
import { keepClasses } from './class-filter';
import { loadDataset } from './registry';

describe('training on chosen classes', () => {
  it('keeps the rows of the chosen classes with their labels, in order', () => {
    const split = {
      values: Float32Array.from([0, 0, 1, 1, 2, 2, 3, 3]),
      count: 4,
      labels: Int32Array.from([0, 1, 0, 2]),
    };
    const kept = keepClasses(split, [0, 2]);
    expect(kept.count).toBe(3);
    expect([...kept.values]).toEqual([0, 0, 2, 2, 3, 3]);
    expect([...(kept.labels ?? [])]).toEqual([0, 0, 2]);
  });

  it('trains on normal signals only and keeps the anomalies in validation', async () => {
    const settings = {
      ...defaultSettings,
      dataset: 'signals' as const,
      trainSize: 400,
      validationSize: 200,
      anomalyFraction: 0.2,
      trainClasses: [0],
    };
    const data = await loadDataset(settings, generatedOnly);
    const all = await loadDataset({ ...settings, trainClasses: [] }, generatedOnly);
    expect(new Set(data.train.labels)).toEqual(new Set([0]));
    expect(data.train.count).toBeLessThan(all.train.count);
    expect(new Set(data.validation.labels).size).toBeGreaterThan(1);
    expect(data.validation.count).toBe(all.validation.count);
  });

  it('refuses a choice that leaves nothing to train on', async () => {
    const settings = { ...defaultSettings, dataset: 'blobs' as const, clusterCount: 3, trainClasses: [7] };
    await expect(loadDataset(settings, generatedOnly)).rejects.toThrow(
      /No training sample belongs to the classes 7/,
    );
  });
});
