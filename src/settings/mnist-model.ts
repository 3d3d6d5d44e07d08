import type { Settings } from './schema';

/** The default MNIST model (784 → 128 → 32, binary cross-entropy, Adam 0.001, batch 128 on 10,000 digits):
 * the default preset, and the start of the variants' presets. */
export const mnistModel: Partial<Settings> = {
  dataset: 'mnist',
  trainSize: 10_000,
  validationSize: 2000,
  encoderUnits: [128],
  latentSize: 32,
  hiddenActivation: 'relu',
  latentActivation: 'hidden',
  outputActivation: 'sigmoid',
  loss: 'binaryCrossentropy',
  optimizer: 'adam',
  learningRate: 0.001,
  batchSize: 128,
};
