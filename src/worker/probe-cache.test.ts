import { describe, expect, it } from 'vitest';
import type { BackendProbe } from '../settings/backend-probe';
import { createProbeCache, memoryStore, type KeyValueStore } from './probe-cache';

const probe: BackendProbe = {
  results: [
    { backend: 'webgl', samplesPerSecond: 1400, error: null },
    { backend: 'wasm', samplesPerSecond: 7100, error: null },
  ],
  bucket: 'p17-b7',
  parameters: 201_104,
  batchSize: 128,
  measuredAtMs: 1_700_000_000_000,
  durationMs: 900,
  fromCache: false,
};

describe('the probe cache', () => {
  it('gives back what it stored under the same key, marked as cached, and nothing under another', async () => {
    const cache = createProbeCache(memoryStore());
    expect(await cache.read('device|p17-b7')).toBeNull();
    await cache.write('device|p17-b7', probe);
    expect(await cache.read('device|p17-b7')).toEqual({ ...probe, fromCache: true });
    expect(await cache.read('device|p20-b7')).toBeNull();
  });

  it('ignores corrupted entries and failing storage', async () => {
    const store = memoryStore();
    await store.set('corrupt', { results: [{ backend: 'wasm', samplesPerSecond: 'fast' }] });
    expect(await createProbeCache(store).read('corrupt')).toBeNull();
    const broken: KeyValueStore = {
      get: () => Promise.reject(new Error('IndexedDB is closed')),
      set: () => Promise.reject(new Error('quota exceeded')),
    };
    const cache = createProbeCache(broken);
    await expect(cache.write('key', probe)).resolves.toBeUndefined();
    expect(await cache.read('key')).toBeNull();
  });
});
