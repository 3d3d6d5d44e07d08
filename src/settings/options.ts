/** Option tables: each maps the token (also the URL value and the lookup key) to its label. */

export const activationLabels = {
  relu: 'ReLU',
  tanh: 'tanh',
  sigmoid: 'Sigmoid',
  linear: 'Linear',
  elu: 'ELU',
  leakyRelu: 'Leaky ReLU',
  selu: 'SELU',
} as const;
export type Activation = keyof typeof activationLabels;

export const latentActivationLabels = { linear: 'Linear', hidden: 'Same as hidden layers' } as const;
export type LatentActivation = keyof typeof latentActivationLabels;

export const outputActivationLabels = { sigmoid: 'Sigmoid', linear: 'Linear' } as const;
export type OutputActivation = keyof typeof outputActivationLabels;

export const lossLabels = {
  mse: 'Mean squared error',
  binaryCrossentropy: 'Binary cross-entropy',
  mae: 'Mean absolute error',
  huber: 'Huber',
} as const;
export type Loss = keyof typeof lossLabels;

export const optimizerLabels = {
  sgd: 'SGD',
  momentum: 'Momentum',
  adagrad: 'AdaGrad',
  adadelta: 'AdaDelta',
  rmsprop: 'RMSProp',
  adam: 'Adam',
  adamax: 'Adamax',
} as const;
export type Optimizer = keyof typeof optimizerLabels;

export const clippingLabels = { none: 'None', value: 'By value', norm: 'By global norm' } as const;
export type Clipping = keyof typeof clippingLabels;

export const backendLabels = { auto: 'Auto', webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' } as const;
export type BackendChoice = keyof typeof backendLabels;
export type BackendName = Exclude<BackendChoice, 'auto'>;

export const datasetLabels = {
  mnist: 'MNIST digits',
  'fashion-mnist': 'Fashion-MNIST',
  bars: 'Bars and blobs',
  uniform: 'Uniform random (the tutorial’s data)',
  blobs: 'Gaussian blobs',
  'swiss-roll': 'Swiss roll (3-D)',
  's-curve': 'S-curve (3-D)',
  signals: '1-D signals with anomalies',
  upload: 'Your own data',
} as const;
export type DatasetId = keyof typeof datasetLabels;

/** The keys of an option table, typed as its union of tokens. */
export function optionKeys<K extends string>(table: Record<K, string>): [K, ...K[]] {
  return Object.keys(table) as [K, ...K[]];
}

export const variantLabels = {
  plain: 'Plain',
  denoising: 'Denoising',
  sparse: 'Sparse',
  variational: 'Variational (VAE)',
} as const;
export type Variant = keyof typeof variantLabels;

export const noiseTypeLabels = {
  gaussian: 'Gaussian (σ)',
  saltPepper: 'Salt and pepper (p)',
  mask: 'Masking (share of values)',
  square: 'Masking a square (share of the side)',
} as const;
export type NoiseType = keyof typeof noiseTypeLabels;
