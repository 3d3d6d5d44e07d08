// The bare loop is worker code like src/core: eslint.config.js lets it import tfjs.
import * as tf from '@tensorflow/tfjs-core';
import { activate, createDenseOp, type DenseOp, type TransposeStyle } from '../../src/core/dense';
import { sigmoidCrossEntropy } from '../../src/core/sigmoid-cross-entropy';
import { deriveSeed } from '../../src/datasets/random';
import { layerWidths } from '../../src/settings/model-shape';
import type { Activation } from '../../src/settings/options';
import type { Settings } from '../../src/settings/schema';

/** One dense layer of the bare model. */
interface BareLayer {
  kernel: tf.Variable<tf.Rank.R2>;
  bias: tf.Variable<tf.Rank.R1>;
  apply: DenseOp;
}

/** The bare model: a plain stack of dense layers and the loss that trains it. */
export interface BareModel {
  variables: tf.Variable[];
  loss: (batch: tf.Tensor2D) => tf.Scalar;
}

/** Builds the same stack of dense layers the playground builds (Glorot-uniform kernels, zero biases, the last
 * layer linear, the same fused layer op and gradients), with the loss of the settings (binary cross-entropy the
 * playground's own). */
export function buildBareModel(settings: Settings, inputSize: number, style: TransposeStyle): BareModel {
  const widths = layerWidths(settings.encoderUnits, settings.latentSize, inputSize);
  const codeLayer = settings.encoderUnits.length;
  const lastLayer = widths.length - 2;
  const layers = widths.slice(1).map((fanOut, index): BareLayer => {
    const fanIn = widths[index] as number;
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    const seed = deriveSeed(settings.seed, `layer:${index}`);
    return {
      // tidy frees the initial values; variables survive it.
      kernel: tf.tidy(() =>
        tf.variable(tf.randomUniform<tf.Rank.R2>([fanIn, fanOut], -limit, limit, 'float32', seed)),
      ),
      bias: tf.tidy(() => tf.variable(tf.zeros<tf.Rank.R1>([fanOut]))),
      apply: createDenseOp(style, index > 0, layerActivation(settings, index, codeLayer, lastLayer)),
    };
  });
  const logitsOf = (batch: tf.Tensor2D) =>
    layers.reduce((x, layer) => layer.apply(x, layer.kernel, layer.bias), batch);
  return {
    variables: layers.flatMap((layer) => [layer.kernel, layer.bias]),
    loss: (batch) => lossOf(settings, batch, logitsOf(batch)),
  };
}

function layerActivation(
  settings: Settings,
  index: number,
  codeLayer: number,
  lastLayer: number,
): Activation {
  if (index === lastLayer) return 'linear';
  if (index === codeLayer)
    return settings.latentActivation === 'hidden' ? settings.hiddenActivation : 'linear';
  return settings.hiddenActivation;
}

function lossOf(settings: Settings, target: tf.Tensor2D, logits: tf.Tensor2D): tf.Scalar {
  if (settings.loss === 'binaryCrossentropy') return sigmoidCrossEntropy(target, logits);
  const output = activate(settings.outputActivation, logits);
  if (settings.loss === 'mse') return tf.losses.meanSquaredError(target, output);
  throw new Error(`The bare loop implements only MSE and binary cross-entropy, not ${settings.loss}`);
}
