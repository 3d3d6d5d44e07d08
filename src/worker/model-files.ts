import { buildAutoencoder, disposeAutoencoder, type Autoencoder } from '../core/model';
import { decodeModelWeights, encodeModel, namedWeights } from '../core/model-io';
import { readModelJson, refuseModel, type WeightSpec } from '../settings/model-format';
import { phrase, type Phrase } from '../settings/phrases';
import type { Checkpoint } from '../settings/run-state';
import type { Settings } from '../settings/schema';
import type { FromWorker } from './protocol';

type Post = (message: FromWorker, transfer?: Transferable[]) => void;

/** Posts the current model as TF.js files (model.json and weights.bin), or says why there is none. */
export async function postModelExport(
  run: { settings: Settings; trainer: { model: Autoencoder } } | null,
  post: Post,
): Promise<void> {
  if (!run) {
    post({
      type: 'modelExport',
      result: { ok: false, error: phrase('run.noModel') },
    });
    return;
  }
  const { modelJson, weights } = await encodeModel(run.settings, run.trainer.model);
  post({ type: 'modelExport', result: { ok: true, modelJson, weights } }, [weights]);
}

/** Reads saved model files into a checkpoint at step 0 with the saved weights. A corrupted or foreign file is
 * refused before anything changes, with a message that says what is wrong. */
export async function readModelFiles(
  modelJson: string,
  weights: ArrayBuffer,
): Promise<{ ok: true; checkpoint: Checkpoint } | { ok: false; error: Phrase }> {
  const reading = readModelJson(modelJson, weights.byteLength);
  if (!reading.ok) return reading;
  const mismatch = compareWithModel(reading.settings, reading.inputSize, reading.specs);
  if (mismatch) return refuseModel(mismatch);
  const values = await decodeModelWeights(weights, reading.specs);
  if (values.some((array) => array.some((value) => !Number.isFinite(value))))
    return refuseModel(phrase('model.notFinite'));
  const state = { step: 0, epoch: 0, batchInEpoch: 0, weights: values, optimizer: [] };
  return { ok: true, checkpoint: { settings: reading.settings, state } };
}

/** Builds the model the settings describe and compares its variables with the manifest: names and shapes in
 * order. Returns what differs, or null. */
function compareWithModel(settings: Settings, inputSize: number, specs: WeightSpec[]): Phrase | null {
  const model = buildAutoencoder(settings, inputSize, 'flags');
  try {
    const expected = namedWeights(model).map(({ name, tensor }) => ({ name, shape: tensor.shape }));
    if (expected.length !== specs.length)
      return phrase('model.tensorCount', { listed: specs.length, expected: expected.length });
    const wrong = expected.findIndex(
      (entry, index) =>
        entry.name !== specs[index]?.name || entry.shape.join('×') !== specs[index]?.shape.join('×'),
    );
    if (wrong < 0) return null;
    const entry = expected[wrong];
    const spec = specs[wrong];
    return phrase('model.wrongWeight', {
      index: wrong + 1,
      found: `${spec?.name} [${spec?.shape.join('×')}]`,
      needed: `${entry?.name} [${entry?.shape.join('×')}]`,
    });
  } finally {
    disposeAutoencoder(model);
  }
}
