import { describe, expect, it } from 'vitest';
import type { BackendReport } from '../core/backend';
import { seedExampleSettings } from '../core/test-helpers';
import type { DatasetShape } from '../settings/datasets';
import type { ProbeResult } from '../settings/backend-probe';
import type { BackendName } from '../settings/options';
import { phrase, phraseText, type Phrase } from '../settings/phrases';
import type { Settings } from '../settings/schema';
import { BackendSelector, type BackendEngine, type SelectionOptions } from './backend-selection';
import { createProbeCache, memoryStore } from './probe-cache';

const shape: DatasetShape = { features: 10, kind: 'tabular', imageShape: null, classes: null };
const options: SelectionOptions = { softwareWebgl: false, unusable: new Map() };
const auto = (changes: Partial<Settings> = {}) => seedExampleSettings({ backend: 'auto', ...changes });
const said = (text: string): Phrase => phrase('raw', { text });
/** A probe's results with their errors in English words. */
const inWords = (results: readonly ProbeResult[] | undefined) =>
  results?.map((result) => ({ ...result, error: result.error && phraseText(result.error) }));

/** Backends that start (or not, with a reason) and train at fixed speeds; records what was asked of them. */
function fakeEngine(speeds: Partial<Record<BackendName, number | string>>) {
  const timed: BackendName[] = [];
  const orders: (readonly BackendName[] | undefined)[] = [];
  const engine: BackendEngine = {
    start: (backend) => {
      const speed = speeds[backend];
      return Promise.resolve(typeof speed === 'number' ? null : said(speed ?? 'not available'));
    },
    activate: (requested, { order, unusable }) => {
      orders.push(order);
      const chain = order ?? (requested === 'auto' ? ['webgl', 'wasm', 'cpu'] : [requested]);
      const fallbacks: BackendReport['fallbacks'] = [];
      for (const backend of chain) {
        const speed = speeds[backend];
        const reason =
          unusable?.get(backend) ??
          (backend === 'cpu' || typeof speed === 'number' ? null : said(speed ?? 'not available'));
        if (reason === null)
          return Promise.resolve({
            active: backend,
            requested,
            fallbacks,
            description: said(''),
            detail: '',
            probe: null,
          });
        fallbacks.push({ backend, reason });
      }
      return Promise.reject(new Error('no backend'));
    },
    measure: (_settings, _shape, backend) => {
      timed.push(backend);
      return Promise.resolve(speeds[backend] as number);
    },
  };
  return { engine, timed, orders };
}

describe('choosing the backend', () => {
  it('times the model on WebGL and WASM and starts the faster one, with its figures', async () => {
    const fake = fakeEngine({ webgl: 1400, wasm: 7100 });
    const selector = new BackendSelector(createProbeCache(memoryStore()), fake.engine);
    const report = await selector.select(auto(), shape, options);
    expect(fake.timed).toEqual(['webgl', 'wasm']);
    expect(fake.orders.at(-1)).toEqual(['wasm', 'webgl', 'cpu']);
    expect(report.active).toBe('wasm');
    expect(report.fallbacks).toEqual([]);
    expect(report.probe?.results).toEqual([
      { backend: 'webgl', samplesPerSecond: 1400, error: null },
      { backend: 'wasm', samplesPerSecond: 7100, error: null },
    ]);
    expect(report.probe?.fromCache).toBe(false);
  });

  it('follows the measurement, not a fixed order', async () => {
    const fake = fakeEngine({ webgl: 50_000, wasm: 7100 });
    const report = await new BackendSelector(createProbeCache(memoryStore()), fake.engine).select(
      auto(),
      shape,
      options,
    );
    expect(report.active).toBe('webgl');
  });

  it('probes once per model size: the same size comes from the cache, another size is timed anew', async () => {
    const fake = fakeEngine({ webgl: 1400, wasm: 7100 });
    const selector = new BackendSelector(createProbeCache(memoryStore()), fake.engine);
    const first = await selector.select(auto(), shape, options);
    const again = await selector.select(auto({ seed: 99 }), shape, options);
    expect(fake.timed).toHaveLength(2);
    expect(again.active).toBe('wasm');
    expect(again.probe?.fromCache).toBe(true);
    expect(again.probe?.results).toEqual(first.probe?.results);
    expect(selector.fits(first, auto({ seed: 99 }), shape)).toBe(true);
    const bigger = auto({ encoderUnits: [512, 512] });
    expect(selector.fits(first, bigger, shape)).toBe(false);
    await selector.select(bigger, shape, options);
    expect(fake.timed).toHaveLength(4);
  });

  it('times a close call again next time instead of keeping it', async () => {
    const fake = fakeEngine({ webgl: 6000, wasm: 7100 });
    const selector = new BackendSelector(createProbeCache(memoryStore()), fake.engine);
    expect((await selector.select(auto(), shape, options)).active).toBe('wasm');
    const again = await selector.select(auto(), shape, options);
    expect(fake.timed).toEqual(['webgl', 'wasm', 'webgl', 'wasm']);
    expect(again.probe?.fromCache).toBe(false);
  });

  it('times nothing when only one candidate starts, says why the other did not, and caches nothing', async () => {
    const fake = fakeEngine({ webgl: 'WebGL 2 is not available', wasm: 7100 });
    const selector = new BackendSelector(createProbeCache(memoryStore()), fake.engine);
    const report = await selector.select(auto(), shape, options);
    expect(fake.timed).toEqual([]);
    expect(report.active).toBe('wasm');
    // WebGL, refused in the probe, is not started again before the backends that work.
    expect(fake.orders.at(-1)).toEqual(['wasm', 'cpu', 'webgl']);
    expect(report.fallbacks).toEqual([{ backend: 'webgl', reason: said('WebGL 2 is not available') }]);
    expect(inWords(report.probe?.results)).toEqual([
      { backend: 'webgl', samplesPerSecond: null, error: 'WebGL 2 is not available' },
      { backend: 'wasm', samplesPerSecond: null, error: null },
    ]);
    const again = await selector.select(auto(), shape, options);
    expect(again.probe?.fromCache).toBe(false);
  });

  it('falls back to the CPU, skipping it in the probe, when neither candidate starts', async () => {
    const fake = fakeEngine({ webgl: 'no WebGL', wasm: 'no WASM' });
    const report = await new BackendSelector(createProbeCache(memoryStore()), fake.engine).select(
      auto(),
      shape,
      options,
    );
    expect(fake.timed).toEqual([]);
    expect(report.active).toBe('cpu');
    expect(report.fallbacks.map((fallback) => fallback.backend)).toEqual(['webgl', 'wasm']);
  });

  it('counts a backend whose timing never ends as failed, and runs the other', async () => {
    const fake = fakeEngine({ webgl: 50_000, wasm: 7100 });
    const engine: BackendEngine = {
      ...fake.engine,
      measure: (settings, shape, backend) =>
        backend === 'webgl'
          ? new Promise<number>(() => undefined)
          : fake.engine.measure(settings, shape, backend),
    };
    const selector = new BackendSelector(createProbeCache(memoryStore()), engine, 20);
    const report = await selector.select(auto(), shape, options);
    expect(report.active).toBe('wasm');
    expect(fake.orders.at(-1)).toEqual(['wasm', 'cpu', 'webgl']);
    expect(inWords(report.probe?.results)?.[0]).toEqual({
      backend: 'webgl',
      samplesPerSecond: null,
      error: 'it failed while timed (no answer in 0 s)',
    });
  });

  it('never probes a backend that already failed in this worker', async () => {
    const fake = fakeEngine({ webgl: 50_000, wasm: 7100 });
    const unusable = new Map<BackendName, Phrase>([['webgl', said('it failed during training')]]);
    const report = await new BackendSelector(createProbeCache(memoryStore()), fake.engine).select(
      auto(),
      shape,
      { softwareWebgl: false, unusable },
    );
    expect(fake.timed).toEqual([]);
    expect(report.active).toBe('wasm');
  });

  it('starts a named backend as asked, without a probe', async () => {
    const fake = fakeEngine({ webgl: 1400, wasm: 7100 });
    const report = await new BackendSelector(createProbeCache(memoryStore()), fake.engine).select(
      seedExampleSettings({ backend: 'webgl' }),
      shape,
      options,
    );
    expect(fake.timed).toEqual([]);
    expect(report).toMatchObject({ active: 'webgl', probe: null });
  });
});
