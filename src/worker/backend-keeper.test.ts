import { describe, expect, it } from 'vitest';
import type { BackendReport } from '../core/backend';
import { seedExampleSettings } from '../core/test-helpers';
import type { DatasetShape } from '../settings/datasets';
import type { BackendName } from '../settings/options';
import { phrase, type Phrase } from '../settings/phrases';
import { BackendKeeper } from './backend-keeper';
import { BackendSelector, type BackendEngine } from './backend-selection';
import { createProbeCache, memoryStore } from './probe-cache';

const shape: DatasetShape = { features: 10, kind: 'tabular', imageShape: null, classes: null };
const said = (text: string): Phrase => phrase('raw', { text });

/** An engine whose named backends start unless the worker marked them unusable; records each activation. */
function recordingEngine() {
  const activations: { requested: string; unusable: BackendName[] }[] = [];
  const engine: BackendEngine = {
    start: () => Promise.resolve(null),
    activate: (requested, { unusable }) => {
      activations.push({ requested, unusable: [...(unusable?.keys() ?? [])] });
      const chain: BackendName[] = requested === 'auto' ? ['webgl', 'wasm', 'cpu'] : [requested, 'cpu'];
      const active = chain.find((backend) => !unusable?.has(backend)) ?? 'cpu';
      const report: BackendReport = {
        active,
        requested,
        fallbacks: [],
        description: said(''),
        detail: '',
        probe: null,
      };
      return Promise.resolve(report);
    },
    measure: () => Promise.resolve(1000),
  };
  return { engine, activations };
}

describe('the worker’s backend', () => {
  it('keeps the active backend while it fits, and tells the page only when it chooses', async () => {
    const { engine, activations } = recordingEngine();
    const posted: string[] = [];
    const keeper = new BackendKeeper(
      (message) => posted.push(message.type),
      new BackendSelector(createProbeCache(memoryStore()), engine),
    );
    let switches = 0;
    const settings = seedExampleSettings({ backend: 'wasm' });
    await keeper.ensure(settings, shape, () => (switches += 1));
    await keeper.ensure(seedExampleSettings({ backend: 'wasm', seed: 7 }), shape, () => (switches += 1));
    expect(activations).toHaveLength(1);
    expect(switches).toBe(1);
    expect(posted).toEqual(['backend']);
    expect(keeper.active).toBe('wasm');
  });

  it('never goes back to a backend marked unusable, once it forgot the active one', async () => {
    const { engine, activations } = recordingEngine();
    const keeper = new BackendKeeper(
      () => undefined,
      new BackendSelector(createProbeCache(memoryStore()), engine),
    );
    const settings = seedExampleSettings({ backend: 'wasm' });
    await keeper.ensure(settings, shape, () => undefined);
    keeper.markUnusable('wasm', said('it failed during training'));
    keeper.forget();
    expect(keeper.active).toBeNull();
    const report = await keeper.ensure(settings, shape, () => undefined);
    expect(activations.at(-1)?.unusable).toEqual(['wasm']);
    expect(report.active).toBe('cpu');
  });
});
