import type { Settings } from './schema';
import { mnistModel } from './mnist-model';
import { variantPresets } from './variant-presets';

/** A named starting point; `settings` is applied over the defaults. */
export interface Preset {
  id: string;
  label: string;
  reproduces: string;
  settings: Partial<Settings>;
}

const kerasTutorial =
  'The Keras autoencoder tutorial (Chollet, "Building Autoencoders in Keras"): full MNIST, 60,000 training and ' +
  '10,000 test images, ReLU layers, a sigmoid output, binary cross-entropy, Adam, batch 256.';

export const presets: readonly Preset[] = [
  {
    id: 'mnist-default',
    label: 'MNIST (784 → 128 → 32)',
    reproduces:
      'The default: 10,000 MNIST digits through a 128-unit layer into a 32-unit code, binary cross-entropy, Adam 0.001, batch 128.',
    settings: { ...mnistModel, epochs: 20 },
  },
  {
    id: 'mnist-simple',
    label: 'MNIST simple (784 → 32)',
    reproduces: `${kerasTutorial} One 32-unit ReLU code layer, 50 epochs; the tutorial reports a loss of about 0.09.`,
    settings: {
      dataset: 'mnist',
      trainSize: 60_000,
      validationSize: 10_000,
      encoderUnits: [],
      latentSize: 32,
      hiddenActivation: 'relu',
      latentActivation: 'hidden',
      outputActivation: 'sigmoid',
      loss: 'binaryCrossentropy',
      optimizer: 'adam',
      learningRate: 0.001,
      beta1: 0.9,
      beta2: 0.999,
      epsilon: 1e-7,
      batchSize: 256,
      epochs: 50,
      clipping: 'none',
    },
  },
  {
    id: 'mnist-deep',
    label: 'MNIST deep (128-64-32)',
    reproduces: `${kerasTutorial} Encoder 128 → 64 → 32, decoder 64 → 128 → 784, 100 epochs; the tutorial reports about 0.08.`,
    settings: {
      dataset: 'mnist',
      trainSize: 60_000,
      validationSize: 10_000,
      encoderUnits: [128, 64],
      latentSize: 32,
      hiddenActivation: 'relu',
      latentActivation: 'hidden',
      outputActivation: 'sigmoid',
      loss: 'binaryCrossentropy',
      optimizer: 'adam',
      learningRate: 0.001,
      beta1: 0.9,
      beta2: 0.999,
      epsilon: 1e-7,
      batchSize: 256,
      epochs: 100,
      clipping: 'none',
    },
  },
  {
    id: 'linear-pca',
    label: 'Linear autoencoder = PCA',
    reproduces:
      'A linear autoencoder trained with mean squared error spans the same subspace as PCA with as many ' +
      'components as its code: its loss falls to the PCA line on the chart (10,000 MNIST digits, 32 units).',
    settings: {
      dataset: 'mnist',
      trainSize: 10_000,
      validationSize: 2000,
      encoderUnits: [],
      latentSize: 32,
      hiddenActivation: 'linear',
      latentActivation: 'linear',
      outputActivation: 'linear',
      loss: 'mse',
      optimizer: 'adam',
      learningRate: 0.002,
      batchSize: 128,
      epochs: 40,
      clipping: 'none',
    },
  },
  {
    id: 'latent-2d',
    label: '2-D latent map',
    reproduces:
      'MNIST squeezed through a 2-unit code, so the latent map shows the code itself: digits sort into ' +
      'clusters as training goes on, and clicking the map decodes any point of the plane.',
    settings: {
      dataset: 'mnist',
      trainSize: 10_000,
      validationSize: 2000,
      encoderUnits: [256, 64],
      latentSize: 2,
      hiddenActivation: 'relu',
      latentActivation: 'linear',
      outputActivation: 'sigmoid',
      loss: 'binaryCrossentropy',
      optimizer: 'adam',
      learningRate: 0.001,
      batchSize: 128,
      epochs: 30,
    },
  },
  {
    id: 'optimizer-race',
    label: 'Optimizer race',
    reproduces:
      'The update rules side by side, as in the tutorial’s list of optimizers: press “Optimizer race” under ' +
      'the loss chart to train this small MNIST model (784 → 64 → 16, binary cross-entropy, batch 64) from the ' +
      'same start with SGD, Momentum, AdaGrad, RMSProp and Adam at one learning rate, 0.05. Plain SGD barely ' +
      'moves in the first epochs, Momentum gathers speed after two, AdaGrad creeps as its growing sum of ' +
      'squared gradients shrinks its steps, and RMSProp and Adam drop within the first epoch.',
    settings: {
      dataset: 'mnist',
      trainSize: 2000,
      validationSize: 500,
      encoderUnits: [64],
      latentSize: 16,
      hiddenActivation: 'relu',
      latentActivation: 'hidden',
      outputActivation: 'sigmoid',
      loss: 'binaryCrossentropy',
      optimizer: 'adam',
      learningRate: 0.05,
      momentum: 0.9,
      nesterov: false,
      decay: 0.9,
      rmspropMomentum: 0,
      centered: false,
      beta1: 0.9,
      beta2: 0.999,
      epsilon: 1e-7,
      initialAccumulator: 0.1,
      batchSize: 64,
      epochs: 10,
      clipping: 'none',
    },
  },
  {
    id: 'seed-example',
    label: 'Seed example',
    reproduces:
      'The tutorial’s code: 100×10 uniform random data, 10 → 5 → 5 → 5 → 10 with ReLU and a sigmoid output, ' +
      'Adam, mean squared error, 100 epochs, batch 32, then the loss evaluated on the training data.',
    settings: {
      dataset: 'uniform',
      trainSize: 100,
      validationSize: 20,
      featureCount: 10,
      encoderUnits: [5],
      latentSize: 5,
      hiddenActivation: 'relu',
      latentActivation: 'hidden',
      outputActivation: 'sigmoid',
      loss: 'mse',
      optimizer: 'adam',
      learningRate: 0.001,
      beta1: 0.9,
      beta2: 0.999,
      epsilon: 1e-7,
      epochs: 100,
      batchSize: 32,
      clipping: 'none',
    },
  },
  {
    id: 'bars',
    label: 'Bars and blobs',
    reproduces: 'A small image set: 16×16 bars, crosses and blobs squeezed through an 8-unit code.',
    settings: {
      dataset: 'bars',
      trainSize: 1000,
      validationSize: 200,
      encoderUnits: [64],
      latentSize: 8,
      hiddenActivation: 'relu',
      latentActivation: 'linear',
      outputActivation: 'sigmoid',
      loss: 'binaryCrossentropy',
      optimizer: 'adam',
      learningRate: 0.003,
      batchSize: 32,
      epochs: 50,
    },
  },
  ...variantPresets,
];

/** The defaults with a preset's settings on top. */
export function applyPreset(preset: Preset, base: Settings): Settings {
  return { ...base, ...structuredClone(preset.settings) };
}

/** Looks a preset up by id. */
export function findPreset(id: string): Preset | undefined {
  return presets.find((preset) => preset.id === id);
}
