import { z } from 'zod';
import {
  activationLabels,
  backendLabels,
  clippingLabels,
  datasetLabels,
  latentActivationLabels,
  lossLabels,
  optimizerLabels,
  optionKeys,
  outputActivationLabels,
  noiseTypeLabels,
  variantLabels,
} from './options';

// Without eval: zod would otherwise probe `new Function`, which the page's Content-Security-Policy forbids
// (and reports as a violation even though zod catches the error). Set before any object schema is made.
z.config({ jitless: true });

/** One setting: its schema (limits included), default, visible label and a one-line help text.
 * The key of the field is also its URL key. */
interface Field<S extends z.ZodType> {
  schema: S;
  default: z.output<S>;
  label: string;
  help: string;
}

function field<S extends z.ZodType>(schema: S, spec: Omit<Field<S>, 'schema'>): Field<S> {
  return { schema, ...spec };
}

const choice = <K extends string>(table: Record<K, string>) => z.enum(optionKeys(table));

export const MAX_HIDDEN_LAYERS = 8;

/** The settings table: the single source of types, defaults, limits, labels and URL keys. */
export const settingFields = {
  dataset: field(choice(datasetLabels), {
    default: 'mnist',
    label: 'Dataset',
    help: 'The data the autoencoder learns to rebuild.',
  }),
  trainSize: field(z.int().min(2).max(60_000), {
    default: 10_000,
    label: 'Training samples',
    help: 'How many samples the model trains on.',
  }),
  validationSize: field(z.int().min(1).max(10_000), {
    default: 2000,
    label: 'Validation samples',
    help: 'Held-out samples, never trained on, scored after every epoch (MNIST: from the official test set).',
  }),
  featureCount: field(z.int().min(1).max(4096), {
    default: 10,
    label: 'Dimensions',
    help: 'Values per sample: columns of the uniform data, dimensions of the blobs, points per signal.',
  }),
  clusterCount: field(z.int().min(1).max(20), {
    default: 5,
    label: 'Clusters',
    help: 'Number of Gaussian blobs.',
  }),
  noise: field(z.number().min(0).max(1), {
    default: 0.05,
    label: 'Noise',
    help: 'Spread of the blobs, jitter of the 3-D manifolds, noise on the signals.',
  }),
  anomalyFraction: field(z.number().min(0).max(0.5), {
    default: 0.1,
    label: 'Anomalous share',
    help: 'Share of the signals that carry an anomaly (a spike, a flat line, a frequency jump, a noise burst).',
  }),
  encoderUnits: field(z.array(z.int().min(1).max(2048)).max(MAX_HIDDEN_LAYERS), {
    default: [128],
    label: 'Encoder layers',
    help: 'Units of each hidden encoder layer; the decoder mirrors them.',
  }),
  latentSize: field(z.int().min(1).max(512), {
    default: 32,
    label: 'Latent size',
    help: 'Width of the bottleneck: the code each sample is squeezed into.',
  }),
  hiddenActivation: field(choice(activationLabels), {
    default: 'relu',
    label: 'Activation',
    help: 'Non-linearity of the hidden layers.',
  }),
  latentActivation: field(choice(latentActivationLabels), {
    default: 'hidden',
    label: 'Latent activation',
    help: 'Non-linearity of the code layer.',
  }),
  outputActivation: field(choice(outputActivationLabels), {
    default: 'sigmoid',
    label: 'Output activation',
    help: 'Sigmoid keeps outputs in [0, 1]; linear leaves them unbounded.',
  }),
  loss: field(choice(lossLabels), {
    default: 'binaryCrossentropy',
    label: 'Loss',
    help: 'How the reconstruction error is measured.',
  }),
  huberDelta: field(z.number().min(1e-4).max(100), {
    default: 1,
    label: 'Huber δ',
    help: 'Errors below δ count quadratically, above it linearly.',
  }),
  optimizer: field(choice(optimizerLabels), {
    default: 'adam',
    label: 'Optimizer',
    help: 'The rule that turns gradients into weight updates.',
  }),
  learningRate: field(z.number().min(1e-6).max(10), {
    default: 0.001,
    label: 'Learning rate',
    help: 'Step size η of each update. Can change while training.',
  }),
  momentum: field(z.number().min(0).max(0.999), {
    default: 0.9,
    label: 'Momentum μ',
    help: 'Share of the previous update carried into the next.',
  }),
  nesterov: field(z.boolean(), {
    default: false,
    label: 'Nesterov',
    help: 'Look ahead along the momentum before taking the gradient.',
  }),
  rho: field(z.number().min(0).max(0.9999), {
    default: 0.95,
    label: 'AdaDelta ρ',
    help: 'Decay of AdaDelta’s running averages.',
  }),
  decay: field(z.number().min(0).max(0.9999), {
    default: 0.9,
    label: 'RMSProp ρ',
    help: 'Decay of RMSProp’s running average of squared gradients.',
  }),
  rmspropMomentum: field(z.number().min(0).max(0.999), {
    default: 0,
    label: 'RMSProp momentum',
    help: 'Momentum applied on top of RMSProp’s scaled step.',
  }),
  centered: field(z.boolean(), {
    default: false,
    label: 'Centered',
    help: 'Normalise by the variance of the gradient instead of its second moment.',
  }),
  beta1: field(z.number().min(0).max(0.99999), {
    default: 0.9,
    label: 'β₁',
    help: 'Decay of the first-moment (mean) estimate.',
  }),
  beta2: field(z.number().min(0).max(0.99999), {
    default: 0.999,
    label: 'β₂',
    help: 'Decay of the second-moment (uncentred variance) estimate.',
  }),
  epsilon: field(z.number().min(1e-10).max(1), {
    default: 1e-7,
    label: 'ε',
    help: 'Added to denominators; set explicitly so every backend computes the same update.',
  }),
  initialAccumulator: field(z.number().min(0).max(10), {
    default: 0.1,
    label: 'Initial accumulator',
    help: 'Starting value of AdaGrad’s sum of squared gradients.',
  }),
  batchSize: field(z.int().min(1).max(60_000), {
    default: 128,
    label: 'Batch size',
    help: '1 is stochastic gradient descent, the whole set is full-batch gradient descent.',
  }),
  epochs: field(z.int().min(1).max(10_000), {
    default: 20,
    label: 'Epochs',
    help: 'Passes over the training set before training stops.',
  }),
  clipping: field(choice(clippingLabels), {
    default: 'none',
    label: 'Gradient clipping',
    help: 'Bound the gradients before each update.',
  }),
  clipThreshold: field(z.number().min(1e-6).max(1e4), {
    default: 1,
    label: 'Clip threshold',
    help: 'c: the largest gradient value or global norm allowed.',
  }),
  seed: field(z.int().min(1).max(2_147_483_647), {
    default: 42,
    label: 'Seed',
    help: 'Seeds the data, the initial weights and the shuffling: same seed, same run.',
  }),
  backend: field(choice(backendLabels), {
    default: 'auto',
    label: 'Backend',
    help: 'Where the maths runs. Auto times this model on WebGL and WASM and takes the faster (CPU if neither starts).',
  }),
  variant: field(choice(variantLabels), {
    default: 'plain',
    label: 'Variant',
    help: 'Plain, denoising (rebuild clean inputs from corrupted ones), sparse (a penalty on the code) or variational.',
  }),
  noiseType: field(choice(noiseTypeLabels), {
    default: 'gaussian',
    label: 'Noise',
    help: 'How the denoising autoencoder corrupts each batch; the loss compares with the clean input.',
  }),
  noiseLevel: field(z.number().min(0).max(1), {
    default: 0.3,
    label: 'Noise level',
    help: 'σ of the Gaussian noise, p of salt and pepper, the share of values masked, or the square’s share of the side.',
  }),
  sparsityRate: field(z.number().min(0).max(1), {
    default: 1e-4,
    label: 'L1 rate',
    help: 'Weight λ of the L1 penalty on the code: λ·Σ|z| per sample.',
  }),
  beta: field(z.number().min(0).max(100), {
    default: 1,
    label: 'β',
    help: 'Weight of the KL term of the VAE: β = 1 is the usual evidence lower bound, larger favours a smoother code.',
  }),
  trainClasses: field(z.array(z.int().min(0).max(255)).max(256), {
    default: [],
    label: 'Train on classes',
    help: 'Train only on these classes (empty: all); the others become anomalies to detect by their error.',
  }),
};

type Fields = typeof settingFields;
export type SettingKey = keyof Fields;
/** A complete, valid set of settings. */
export type Settings = { [K in SettingKey]: z.output<Fields[K]['schema']> };

/** The settings an optimizer is built from (also what the Learn panel's formulas show). */
export type OptimizerSettings = Pick<
  Settings,
  | 'optimizer'
  | 'learningRate'
  | 'momentum'
  | 'nesterov'
  | 'rho'
  | 'decay'
  | 'rmspropMomentum'
  | 'centered'
  | 'beta1'
  | 'beta2'
  | 'epsilon'
  | 'initialAccumulator'
>;

export const settingKeys = Object.keys(settingFields) as SettingKey[];

/** Settings that apply to a run in progress; changing any other one starts the run afresh. */
export const liveSettingKeys: readonly SettingKey[] = [
  'learningRate',
  'epochs',
  'clipping',
  'clipThreshold',
  'noiseLevel',
  'sparsityRate',
  'beta',
];

/** Whether two settings describe the same run: they differ at most in live settings. */
export function isSameRun(a: Settings, b: Settings): boolean {
  return settingKeys.every(
    (key) => liveSettingKeys.includes(key) || JSON.stringify(a[key]) === JSON.stringify(b[key]),
  );
}

const shape = Object.fromEntries(settingKeys.map((key) => [key, settingFields[key].schema])) as {
  [K in SettingKey]: Fields[K]['schema'];
};

/** The Settings schema: each field within its limits, and the combinations that make sense. */
export const settingsSchema = z.strictObject(shape).superRefine((settings, context) => {
  if (settings.loss === 'binaryCrossentropy' && settings.outputActivation !== 'sigmoid') {
    context.addIssue({
      code: 'custom',
      path: ['outputActivation'],
      message: 'binary cross-entropy needs the sigmoid output',
    });
  }
});

/** The default settings, read from the table. */
export const defaultSettings = Object.fromEntries(
  settingKeys.map((key) => [key, structuredClone(settingFields[key].default)]),
) as Settings;
