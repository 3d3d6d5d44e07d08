import * as tf from '@tensorflow/tfjs-core';
import { deriveSeed } from '../datasets/random';
import type { Activation } from '../settings/options';
import type { Settings } from '../settings/schema';
import { activate, createDenseOp, type DenseOp, type TransposeStyle } from './dense';

/** A fully connected layer: y = activation(x·W + b). */
export interface DenseLayer {
  kernel: tf.Variable<tf.Rank.R2>;
  bias: tf.Variable<tf.Rank.R1>;
  activation: Activation;
  /** The layer's forward step, given its own kernel and bias. */
  apply: DenseOp;
}

/** Encoder layers down to the code, decoder layers back to the input space; the last decoder layer is
 * linear (it yields logits) and the output activation is applied on top. A variational model's code layer is
 * twice as wide: the mean μ and the log-variance log σ² of each code unit. */
export interface Autoencoder {
  encoder: DenseLayer[];
  decoder: DenseLayer[];
  outputActivation: Settings['outputActivation'];
  variational: boolean;
  latentSize: number;
  variables: tf.Variable[];
}

type ModelSettings = Pick<
  Settings,
  'encoderUnits' | 'latentSize' | 'hiddenActivation' | 'latentActivation' | 'outputActivation' | 'seed'
> &
  Partial<Pick<Settings, 'variant'>>;

/** Builds the autoencoder for `inputSize` features with Glorot-uniform kernels seeded per layer and zero biases;
 * `seedStream` tells apart models built from one seed (a twin for comparison starts from the same weights). */
export function buildAutoencoder(
  settings: ModelSettings,
  inputSize: number,
  style: TransposeStyle,
): Autoencoder {
  const variational = settings.variant === 'variational';
  const { encoderUnits, latentSize } = settings;
  const encoderWidths = [inputSize, ...encoderUnits, variational ? 2 * latentSize : latentSize];
  const decoderWidths = [latentSize, ...[...encoderUnits].reverse(), inputSize];
  const pairs = [...consecutive(encoderWidths), ...consecutive(decoderWidths)];
  const codeLayer = encoderUnits.length;
  const layers = pairs.map(([fanIn, fanOut], index) => {
    const activation =
      variational && index === codeLayer
        ? 'linear'
        : layerActivation(settings, index, codeLayer, pairs.length - 1);
    return createLayer(fanIn, fanOut, activation, deriveSeed(settings.seed, `layer:${index}`), {
      style,
      needsInputGradient: index > 0,
    });
  });
  return {
    encoder: layers.slice(0, codeLayer + 1),
    decoder: layers.slice(codeLayer + 1),
    outputActivation: settings.outputActivation,
    variational,
    latentSize,
    variables: layers.flatMap((layer) => [layer.kernel, layer.bias]),
  };
}

function consecutive(widths: readonly number[]): [number, number][] {
  return widths.slice(1).map((width, index) => [widths[index] as number, width]);
}

function layerActivation(
  settings: ModelSettings,
  index: number,
  codeLayer: number,
  lastLayer: number,
): Activation {
  if (index === lastLayer) return 'linear';
  if (index === codeLayer)
    return settings.latentActivation === 'hidden' ? settings.hiddenActivation : 'linear';
  return settings.hiddenActivation;
}

function createLayer(
  fanIn: number,
  fanOut: number,
  activation: Activation,
  seed: number,
  options: { style: TransposeStyle; needsInputGradient: boolean },
): DenseLayer {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  // tidy frees the initial values; variables survive it.
  return {
    kernel: tf.tidy(() =>
      tf.variable(tf.randomUniform<tf.Rank.R2>([fanIn, fanOut], -limit, limit, 'float32', seed)),
    ),
    bias: tf.tidy(() => tf.variable(tf.zeros<tf.Rank.R1>([fanOut]))),
    activation,
    apply: createDenseOp(options.style, options.needsInputGradient, activation),
  };
}

function applyLayers(layers: readonly DenseLayer[], input: tf.Tensor2D): tf.Tensor2D {
  return layers.reduce((x, layer) => layer.apply(x, layer.kernel, layer.bias), input);
}

/** The codes of a batch of inputs (for a variational model, the means μ). */
export function encode(model: Autoencoder, x: tf.Tensor2D): tf.Tensor2D {
  const code = applyLayers(model.encoder, x);
  return model.variational ? tf.slice(code, [0, 0], [-1, model.latentSize]) : code;
}

/** A variational model's code distribution for a batch: means and log-variances. */
export function encodeDistribution(
  model: Autoencoder,
  x: tf.Tensor2D,
): { mean: tf.Tensor2D; logVariance: tf.Tensor2D } {
  const code = applyLayers(model.encoder, x);
  return {
    mean: tf.slice(code, [0, 0], [-1, model.latentSize]),
    logVariance: tf.slice(code, [0, model.latentSize], [-1, model.latentSize]),
  };
}

/** The decoder's pre-activation output (logits when the output is a sigmoid) for a batch of codes. */
export function decodeToLogits(model: Autoencoder, codes: tf.Tensor2D): tf.Tensor2D {
  return applyLayers(model.decoder, codes);
}

/** Turns decoder logits into outputs in the input space. */
export function toOutput(model: Autoencoder, logits: tf.Tensor2D): tf.Tensor2D {
  return activate(model.outputActivation, logits);
}

/** Encodes and decodes a batch; returns outputs in the input space. */
export function reconstruct(model: Autoencoder, x: tf.Tensor2D): tf.Tensor2D {
  return toOutput(model, decodeToLogits(model, encode(model, x)));
}

/** Frees every weight of the model. */
export function disposeAutoencoder(model: Autoencoder): void {
  for (const variable of model.variables) variable.dispose();
}
