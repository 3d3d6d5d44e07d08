import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { seedExampleSettings } from '../core/test-helpers';
import * as registry from '../datasets/registry';
import { DataStore } from './data-store';

vi.mock('../datasets/registry', async (importOriginal) => {
  const actual = await importOriginal<typeof registry>();
  return { ...actual, loadDataset: vi.fn(actual.loadDataset) };
});

const noProgress = () => undefined;
const unusedFetcher = () => Promise.reject(new Error('no archive is fetched here'));

describe('DataStore', () => {
  beforeAll(() => tf.setBackend('cpu'));

  it('loads a prefetched data set once: ensure takes over the load already under way', async () => {
    const load = vi.mocked(registry.loadDataset);
    load.mockClear();
    const store = new DataStore('unused/', unusedFetcher);
    const settings = seedExampleSettings();
    store.prefetch(settings, noProgress);
    const loaded = await store.ensure(settings, noProgress);
    expect(load).toHaveBeenCalledTimes(1);
    expect(loaded.tensors.train.shape[0]).toBe(settings.trainSize);
    // Already on the backend: a second prefetch starts nothing.
    store.prefetch(settings, noProgress);
    expect(load).toHaveBeenCalledTimes(1);
    store.drop();
  });

  it('tries a failed load again', async () => {
    const load = vi.mocked(registry.loadDataset);
    load.mockClear();
    load.mockRejectedValueOnce(new Error('network down'));
    const store = new DataStore('unused/', unusedFetcher);
    const settings = seedExampleSettings();
    store.prefetch(settings, noProgress);
    await expect(store.ensure(settings, noProgress)).rejects.toThrow('network down');
    expect((await store.ensure(settings, noProgress)).tensors.train.shape[0]).toBe(settings.trainSize);
    expect(load).toHaveBeenCalledTimes(2);
    store.drop();
  });
});
