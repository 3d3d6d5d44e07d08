import { describe, expect, it } from 'vitest';
import { phraseText } from '../settings/phrases';
import { seedExampleSettings } from '../core/test-helpers';
import type { Settings } from '../settings/schema';
import type { FromWorker } from './protocol';
import { TrainingSession } from './session';

type Message<T extends FromWorker['type']> = Extract<FromWorker, { type: T }>;

function createSession() {
  const messages: FromWorker[] = [];
  const session = new TrainingSession((message) => messages.push(message));
  const last = <T extends FromWorker['type']>(type: T) =>
    messages.filter((m): m is Message<T> => m.type === type).at(-1);
  return { session, messages, last };
}

/** Trains one epoch, then exports the model; returns the files and the reconstructions the model made. */
async function trainAndExport(settings: Settings) {
  const { session, last } = createSession();
  await session.handle({ type: 'step', unit: 'epoch', settings });
  await session.settled();
  await session.handle({ type: 'exportModel' });
  const exported = last('modelExport')?.result;
  if (!exported?.ok) throw new Error(`no export: ${exported && phraseText(exported.error)}`);
  const outputs = last('snapshot')?.previewOutputs;
  return { session, last, modelJson: exported.modelJson, weights: exported.weights, outputs };
}

async function importInto(modelJson: string, weights: ArrayBuffer) {
  const target = createSession();
  await target.session.handle({ type: 'importModel', modelJson, weights });
  await target.session.settled();
  return target;
}

describe('model files', () => {
  it.each([
    ['plain', seedExampleSettings({ epochs: 50, latentSize: 3 })],
    ['variational', seedExampleSettings({ epochs: 50, latentSize: 2, variant: 'variational' })],
  ])('load back a %s model that gives the same reconstructions', async (_, settings) => {
    const source = await trainAndExport(settings);
    const json = JSON.parse(source.modelJson) as {
      weightsManifest: { paths: string[]; weights: { name: string; shape: number[] }[] }[];
    };
    expect(json.weightsManifest[0]?.paths).toEqual(['weights.bin']);
    const codeKernel = json.weightsManifest[0]?.weights.find((w) => w.name === 'encoder/dense_1/kernel');
    // The seed example's encoder is 10 → 5 → code; a variational code layer holds μ and log σ².
    expect(codeKernel?.shape).toEqual([5, settings.variant === 'variational' ? 4 : 3]);

    const target = await importInto(source.modelJson, source.weights.slice(0));
    expect(target.last('modelImport')?.result).toEqual({ ok: true, settings });
    expect(target.last('phase')?.phase).toBe('paused');
    expect(source.outputs).toBeDefined();
    expect(target.last('snapshot')?.previewOutputs).toEqual(source.outputs);
  });

  describe('refuses corrupted files with a message, changing nothing', () => {
    const settings = seedExampleSettings({ epochs: 50 });
    const corruptions: [string, (json: string, weights: ArrayBuffer) => [string, ArrayBuffer], RegExp][] = [
      ['model.json that is not JSON', (json, weights) => [json.slice(0, 40), weights], /not valid JSON/],
      [
        'a foreign model.json',
        (_, weights) => ['{"modelTopology": {}}', weights],
        /not saved by the Autoencoder/,
      ],
      ['a truncated weights.bin', (json, weights) => [json, weights.slice(0, 100)], /holds 100 bytes but/],
      [
        'settings that do not fit the weights',
        (json, weights) => [json.replace('"latentSize": 5', '"latentSize": 6'), weights],
        /weight 3 is encoder\/dense_1\/kernel \[5×5\] but the settings need encoder\/dense_1\/kernel \[5×6\]/,
      ],
      [
        'an invalid setting',
        (json, weights) => [json.replace('"batchSize": 32', '"batchSize": -3'), weights],
        /settings are invalid: Batch size/,
      ],
      [
        'NaN weights',
        (json, weights) => {
          const broken = weights.slice(0);
          new Float32Array(broken)[0] = Number.NaN;
          return [json, broken];
        },
        /NaN or infinite/,
      ],
    ];
    it.each(corruptions)('%s', async (_, corrupt, message) => {
      const source = await trainAndExport(settings);
      const stepBefore = source.last('progress')?.step;
      const [json, weights] = corrupt(source.modelJson, source.weights);
      await source.session.handle({ type: 'importModel', modelJson: json, weights });
      await source.session.settled();
      const result = source.last('modelImport')?.result;
      expect(result?.ok).toBe(false);
      if (result?.ok !== false) return;
      expect(phraseText(result.error)).toMatch(/^This model cannot be loaded: .*Nothing was changed\.$/);
      expect(phraseText(result.error)).toMatch(message);
      // The run is untouched: it steps on from where it was.
      await source.session.handle({ type: 'step', unit: 'batch', settings });
      expect(source.last('progress')?.step).toBe((stepBefore ?? 0) + 1);
    });
  });

  it('says there is no model before a run', async () => {
    const { session, last } = createSession();
    await session.handle({ type: 'exportModel' });
    const result = last('modelExport')?.result;
    expect(result?.ok === false && phraseText(result.error)).toBe(
      'There is no model yet: press Train or Step first.',
    );
  });
});
