import { describe, expect, it } from 'vitest';
import { phrase } from './phrases';
import {
  fastestBackend,
  isDecisive,
  isBackendProbe,
  modelBucket,
  probeCacheKey,
  rankBackends,
  type BackendProbe,
  type DeviceFacts,
} from './backend-probe';

const device: DeviceFacts = { userAgent: 'Test Browser 1.0', cores: 8, softwareWebgl: false };

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

describe('the backend probe', () => {
  it('ranks the backends that ran by speed, fastest first, leaving out those that did not run', () => {
    expect(rankBackends(probe.results)).toEqual(['wasm', 'webgl']);
    expect(
      rankBackends([
        { backend: 'webgl', samplesPerSecond: 9000, error: null },
        { backend: 'wasm', samplesPerSecond: null, error: phrase('backend.wasmMissing') },
      ]),
    ).toEqual(['webgl']);
    expect(fastestBackend(probe.results)).toBe('wasm');
    expect(
      fastestBackend([{ backend: 'wasm', samplesPerSecond: null, error: phrase('raw', { text: 'x' }) }]),
    ).toBeNull();
  });

  it('calls a probe decisive only when two backends ran and the fastest won by half again', () => {
    expect(isDecisive(probe.results)).toBe(true);
    const speeds = (webgl: number | null, wasm: number | null) => [
      { backend: 'webgl' as const, samplesPerSecond: webgl, error: null },
      { backend: 'wasm' as const, samplesPerSecond: wasm, error: null },
    ];
    expect(isDecisive(speeds(1000, 1400))).toBe(false);
    expect(isDecisive(speeds(1500, 1000))).toBe(true);
    expect(isDecisive(speeds(null, 7100))).toBe(false);
  });

  it('puts models of about the same size and batch in one bucket, and others in another', () => {
    expect(modelBucket(201_104, 128)).toBe(modelBucket(190_000, 128));
    expect(modelBucket(201_104, 128)).not.toBe(modelBucket(2_000_000, 128));
    expect(modelBucket(201_104, 128)).not.toBe(modelBucket(201_104, 1024));
    expect(modelBucket(0, 0)).toBe('p0-b0');
  });

  it('keys the cache on the device and the bucket', () => {
    const key = probeCacheKey(device, 'p17-b7');
    expect(key).toContain('Test Browser 1.0');
    expect(key).not.toBe(probeCacheKey({ ...device, cores: 4 }, 'p17-b7'));
    expect(key).not.toBe(probeCacheKey({ ...device, userAgent: 'Other 2.0' }, 'p17-b7'));
    expect(key).not.toBe(probeCacheKey({ ...device, softwareWebgl: true }, 'p17-b7'));
    expect(key).not.toBe(probeCacheKey(device, 'p20-b7'));
  });

  it('trusts only well-formed probes read back from storage', () => {
    expect(isBackendProbe(structuredClone(probe))).toBe(true);
    expect(isBackendProbe(null)).toBe(false);
    expect(isBackendProbe('probe')).toBe(false);
    expect(isBackendProbe({ ...probe, results: 'fast' })).toBe(false);
    expect(isBackendProbe({ ...probe, bucket: 17 })).toBe(false);
    const bad = (result: unknown) => isBackendProbe({ ...probe, results: [result] });
    expect(bad({ backend: 'gpu', samplesPerSecond: 10, error: null })).toBe(false);
    expect(bad({ backend: 'wasm', samplesPerSecond: Number.NaN, error: null })).toBe(false);
    expect(bad({ backend: 'wasm', samplesPerSecond: -5, error: null })).toBe(false);
    expect(bad({ backend: 'wasm', samplesPerSecond: null, error: 42 })).toBe(false);
  });
});
