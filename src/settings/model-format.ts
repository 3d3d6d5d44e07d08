import { z } from 'zod';
import { defaultSettings, type Settings } from './schema';
import { validateSettings } from './validate';
import { phrase, phraseOf, type Phrase } from './phrases';

/** Marks a model.json as one of ours; `modelTopology` then describes the dense autoencoder of the settings. */
export const MODEL_FORMAT = 'autoencoder-playground';
export const WEIGHTS_FILE = 'weights.bin';
const MAX_MODEL_JSON_CHARS = 1_000_000;

/** One weight tensor as the TF.js weights manifest lists it. */
export interface WeightSpec {
  name: string;
  shape: number[];
  dtype: 'float32';
}

/** One dense layer of the saved model: y = activation(x·kernel + bias). */
export interface LayerTopology {
  name: string;
  inputs: number;
  units: number;
  activation: string;
}

/** The model.json of a saved model, in TF.js's layout: a topology, a weights manifest and metadata. */
export interface ModelJson {
  format: typeof MODEL_FORMAT;
  generatedBy: string;
  convertedBy: null;
  modelTopology: { inputSize: number; variant: Settings['variant']; layers: LayerTopology[] };
  weightsManifest: [{ paths: [typeof WEIGHTS_FILE]; weights: WeightSpec[] }];
  userDefinedMetadata: { settings: Settings };
}

/** The name of a layer's kernel or bias in the weights manifest. */
export function weightName(part: 'encoder' | 'decoder', index: number, kind: 'kernel' | 'bias'): string {
  return `${part}/dense_${index}/${kind}`;
}

/** Writes model.json for the layers and the weight specs of a model (its actual variables, in order). */
export function createModelJson(
  settings: Settings,
  inputSize: number,
  layers: LayerTopology[],
  specs: WeightSpec[],
): ModelJson {
  return {
    format: MODEL_FORMAT,
    generatedBy: 'Autoencoder Playground',
    convertedBy: null,
    modelTopology: { inputSize, variant: settings.variant, layers },
    weightsManifest: [{ paths: [WEIGHTS_FILE], weights: specs }],
    userDefinedMetadata: { settings },
  };
}

const specSchema = z.strictObject({
  name: z.string().max(200),
  shape: z.array(z.int().min(0).max(1_000_000)).max(4),
  dtype: z.literal('float32', { error: 'only float32 weights are supported' }),
});
const modelJsonSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  modelTopology: z.object({ inputSize: z.int().min(1).max(1_000_000) }),
  weightsManifest: z
    .array(z.object({ paths: z.array(z.string()).length(1), weights: z.array(specSchema).max(64) }))
    .length(1, { error: 'expected one group of weights' }),
  userDefinedMetadata: z.object({ settings: z.record(z.string(), z.unknown()) }),
});

/** A model file's settings, input size and weight specs, or why it cannot be read. */
export type ModelReading =
  { ok: true; settings: Settings; inputSize: number; specs: WeightSpec[] } | { ok: false; error: Phrase };

/** Reads model.json and checks the weights file's size against its manifest. Never throws. */
export function readModelJson(text: string, weightsByteLength: number): ModelReading {
  if (text.length > MAX_MODEL_JSON_CHARS) return refuse(phrase('model.tooLarge'));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse(phrase('model.notJson', { reason: phraseOf(error) }));
  }
  const parsed = modelJsonSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.path[0] === 'format') return refuse(phrase('model.notOurs'));
    return refuse(
      phrase('model.badField', {
        path: issue?.path.join('.') || phrase('model.topLevel'),
        issue: phrase('raw', { text: issue?.message ?? 'unexpected' }),
      }),
    );
  }
  const settings = validateSettings({ ...defaultSettings, ...parsed.data.userDefinedMetadata.settings });
  if (!settings.ok)
    return refuse(
      phrase('model.badSettings', {
        errors: settings.errors.map((error) => ({ fieldError: error.message })),
      }),
    );
  const specs = parsed.data.weightsManifest[0]?.weights ?? [];
  const expectedBytes = specs.reduce((sum, spec) => sum + 4 * spec.shape.reduce((a, b) => a * b, 1), 0);
  if (weightsByteLength !== expectedBytes)
    return refuse(
      phrase('model.sizeMismatch', { file: WEIGHTS_FILE, bytes: weightsByteLength, expected: expectedBytes }),
    );
  return { ok: true, settings: settings.settings, inputSize: parsed.data.modelTopology.inputSize, specs };
}

/** The message a model file is refused with. */
export function refuseModel(reason: Phrase): { ok: false; error: Phrase } {
  return { ok: false, error: phrase('model.refused', { reason }) };
}

const refuse = refuseModel;
