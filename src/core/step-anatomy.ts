import * as tf from '@tensorflow/tfjs-core';
import { phrase, type Phrase } from '../settings/phrases';
import type { Settings } from '../settings/schema';
import type { StepInspection, StepUpdate } from '../settings/step-anatomy';
import { clipGradients, globalNorm } from './clipping';
import { reconstructionLoss } from './losses';
import {
  type Autoencoder,
  type DenseLayer,
  decodeToLogits,
  encode,
  encodeDistribution,
  toOutput,
} from './model';
import { readFloats } from './read';
import type { Trainer } from './train-loop';
import { noisyInput, variantLoss, type LossContext } from './variant-loss';

/** How many of the batch's samples the slow-motion view shows. */
export const SHOWN_SAMPLES = 6;

/** Computes the phases of the trainer's next step up to its gradients, on the very batch and with the very
 * noise and sampling seeds `trainBatch` will use, and reads them back. Changes no weight: `takeStep` then
 * applies the step. `settings` must be the trainer's. */
export async function inspectNextStep(
  trainer: Trainer,
  settings: Settings,
  shownSamples = SHOWN_SAMPLES,
): Promise<StepInspection> {
  const { step, epoch, model } = trainer;
  const { batch, context } = trainer.nextBatch();
  const batchSize = batch.shape[0];
  const count = Math.min(shownSamples, batch.shape[0]);
  const tensors = tf.tidy(() => {
    const input = settings.variant === 'denoising' ? noisyInput(batch, settings, context) : batch;
    const codes = stepCodes(model, input, settings.variant === 'variational' ? context : null);
    const logits = decodeToLogits(model, codes);
    const reconstruction = reconstructionLoss(settings, model, batch, logits);
    const parts = variantLoss(model, batch, settings, context);
    const { value, grads } = tf.variableGrads(
      () => variantLoss(model, batch, settings, context).total,
      model.variables,
    );
    const clipped = clipGradients(grads, settings);
    return {
      inputs: tf.slice(batch, 0, count),
      noisy: tf.slice(input, 0, count),
      codes: tf.slice(codes, 0, count),
      outputs: toOutput(model, tf.slice(logits, 0, count)),
      losses: tf.stack([value, reconstruction, parts.regularization ?? tf.scalar(Number.NaN)]),
      norms: tf.concat([
        layerNorms(model, grads),
        layerNorms(model, clipped),
        tf.stack([globalNorm(grads), globalNorm(clipped)]),
      ]),
    };
  });
  batch.dispose();
  try {
    const [inputs, noisy, codes, outputs, losses, norms] = await Promise.all([
      readFloats(tensors.inputs),
      readFloats(tensors.noisy),
      readFloats(tensors.codes),
      readFloats(tensors.outputs),
      readFloats(tensors.losses),
      readFloats(tensors.norms),
    ]);
    const layerCount = model.encoder.length + model.decoder.length;
    const at = (values: Float32Array, index: number) => values[index] ?? Number.NaN;
    return {
      step,
      epoch,
      batchSize,
      features: tensors.inputs.shape[1],
      sampleCount: count,
      inputs,
      noisyInputs: settings.variant === 'denoising' ? noisy : null,
      latentSize: model.latentSize,
      codes,
      outputs,
      loss: {
        total: at(losses, 0),
        reconstruction: at(losses, 1),
        regularization: hasRegularization(settings) ? at(losses, 2) : null,
      },
      layers: describeLayers(model).map((layer, index) => ({
        ...layer,
        gradientNorm: at(norms, index),
        clippedNorm: at(norms, layerCount + index),
      })),
      globalGradientNorm: at(norms, 2 * layerCount),
      globalClippedNorm: at(norms, 2 * layerCount + 1),
    };
  } finally {
    tf.dispose(tensors);
  }
}

/** Applies the trainer's next step (exactly `trainBatch`) and measures how far each layer's weights moved:
 * ‖Δθ‖₂ over its kernel and bias, beside the layer's ‖θ‖₂ after the step. */
export async function takeStep(trainer: Trainer): Promise<StepUpdate> {
  const step = trainer.step;
  const layers = allLayers(trainer.model);
  const before = layers.map((layer) => [tf.clone(layer.kernel), tf.clone(layer.bias)] as const);
  trainer.trainBatch();
  const norms = tf.tidy(() =>
    tf.concat([
      tf.stack(
        layers.map((layer, index) => {
          const [kernel, bias] = before[index] as readonly [tf.Tensor, tf.Tensor];
          return pairNorm(tf.sub(layer.kernel, kernel), tf.sub(layer.bias, bias));
        }),
      ),
      tf.stack(layers.map((layer) => pairNorm(layer.kernel, layer.bias))),
    ]),
  );
  tf.dispose(before.flat());
  const values = await readFloats(norms);
  norms.dispose();
  return {
    step,
    layers: describeLayers(trainer.model).map((layer, index) => ({
      name: layer.name,
      updateNorm: values[index] ?? Number.NaN,
      weightNorm: values[layers.length + index] ?? Number.NaN,
    })),
  };
}

/** The codes the decoder sees in the step: for a VAE the sample z = μ + σ·ε drawn with the step's seed, as
 * `variantLoss` draws it. Call inside tf.tidy. */
function stepCodes(model: Autoencoder, input: tf.Tensor2D, context: LossContext | null): tf.Tensor2D {
  if (!context || context.sampleSeed === null) return encode(model, input);
  const { mean, logVariance } = encodeDistribution(model, input);
  const noise = tf.randomNormal(mean.shape, 0, 1, 'float32', context.sampleSeed);
  return tf.add(mean, tf.mul(tf.exp(tf.mul(0.5, logVariance)), noise));
}

function hasRegularization(settings: Settings): boolean {
  return settings.variant === 'sparse' || settings.variant === 'variational';
}

function allLayers(model: Autoencoder): DenseLayer[] {
  return [...model.encoder, ...model.decoder];
}

/** Each layer's name and shape, encoder first: "Encoder 1" …, "Code", "Decoder 1" …, "Output". */
function describeLayers(model: Autoencoder): { name: Phrase; fanIn: number; fanOut: number }[] {
  const named = (layers: DenseLayer[], inner: 'layer.encoder' | 'layer.decoder', last: Phrase) =>
    layers.map((layer, index) => ({
      name: index === layers.length - 1 ? last : phrase(inner, { index: index + 1 }),
      fanIn: layer.kernel.shape[0],
      fanOut: layer.kernel.shape[1],
    }));
  return [
    ...named(model.encoder, 'layer.encoder', phrase('layer.code')),
    ...named(model.decoder, 'layer.decoder', phrase('layer.output')),
  ];
}

/** ‖·‖₂ of each layer's gradient (kernel and bias together), encoder first. Call inside tf.tidy. */
function layerNorms(model: Autoencoder, gradients: tf.NamedTensorMap): tf.Tensor1D {
  return tf.stack(
    allLayers(model).map((layer) =>
      pairNorm(gradientOf(gradients, layer.kernel), gradientOf(gradients, layer.bias)),
    ),
  ) as tf.Tensor1D;
}

function gradientOf(gradients: tf.NamedTensorMap, variable: tf.Variable): tf.Tensor {
  const gradient = gradients[variable.name];
  if (!gradient) throw new Error(`no gradient for ${variable.name}`);
  return gradient;
}

function pairNorm(a: tf.Tensor, b: tf.Tensor): tf.Scalar {
  return tf.sqrt(tf.add(tf.sum(tf.square(a)), tf.sum(tf.square(b))));
}
