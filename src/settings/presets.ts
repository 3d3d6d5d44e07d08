import type { Settings } from './schema';

/** A named starting point; `settings` is applied over the defaults. */
export interface Preset {
  id: string;
  label: string;
  reproduces: string;
  settings: Partial<Settings>;
}

export const presets: readonly Preset[] = [
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
];

/** The defaults with a preset's settings on top. */
export function applyPreset(preset: Preset, base: Settings): Settings {
  return { ...base, ...structuredClone(preset.settings) };
}

/** Looks a preset up by id. */
export function findPreset(id: string): Preset | undefined {
  return presets.find((preset) => preset.id === id);
}
