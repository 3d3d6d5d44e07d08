import { mnistModel } from './mnist-model';
import type { Preset } from './presets';

/** Presets of the autoencoder variants and of anomaly detection. */
export const variantPresets: readonly Preset[] = [
  {
    id: 'denoising-mnist',
    label: 'Denoising MNIST',
    reproduces:
      'The denoising part of the Keras autoencoder tutorial: digits with Gaussian noise (σ = 0.5, clipped to ' +
      '[0, 1]) go in, the loss compares the output with the clean digit. A dense 784 → 128 → 32 model here, ' +
      'where the tutorial used convolutions.',
    settings: { ...mnistModel, variant: 'denoising', noiseType: 'gaussian', noiseLevel: 0.5, epochs: 20 },
  },
  {
    id: 'sparse-mnist',
    label: 'Sparse MNIST (L1 10e-5)',
    reproduces:
      'The sparse model of the Keras autoencoder tutorial: 784 → 32 ReLU with an L1 activity penalty of 10e-5 ' +
      'on the code. The tutorial reports a mean code activation of 3.33 against 7.30 without the penalty, ' +
      'after 100 epochs on full MNIST; the view shows both figures for this run.',
    settings: {
      ...mnistModel,
      encoderUnits: [],
      variant: 'sparse',
      sparsityRate: 1e-4,
      batchSize: 256,
      epochs: 100,
    },
  },
  {
    id: 'vae-2d',
    label: 'VAE 2-D',
    reproduces:
      'The Keras variational autoencoder example: MNIST through a 512-unit layer into a 2-unit code (μ and ' +
      'log σ²), a reparameterised draw, binary cross-entropy plus KL (β = 1), Adam, batch 128. The latent map ' +
      'shows μ; "Decode the manifold" draws the grid of digits the example shows.',
    settings: {
      ...mnistModel,
      encoderUnits: [512],
      latentSize: 2,
      latentActivation: 'linear',
      variant: 'variational',
      beta: 1,
      epochs: 50,
    },
  },
  {
    id: 'anomaly-mnist',
    label: 'Anomaly detection: MNIST without 0',
    reproduces:
      'Anomaly detection by reconstruction error: the model trains on the digits 1–9 only; the 0s of the ' +
      'validation set are the anomalies. The view gives the ROC curve, its AUC, and precision and recall at a ' +
      'threshold. (Holding out 9 instead fails: a 9 rebuilds as well as the 4s and 7s it resembles.)',
    settings: { ...mnistModel, trainClasses: [1, 2, 3, 4, 5, 6, 7, 8, 9], epochs: 10 },
  },
];
