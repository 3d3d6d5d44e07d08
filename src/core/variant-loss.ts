import * as tf from '@tensorflow/tfjs-core';
import type { Settings } from '../settings/schema';
import { reconstructionLoss } from './losses';
import { type Autoencoder, decodeToLogits, encode, encodeDistribution } from './model';
import { corrupt, type ValueBounds } from './noise';

/** A batch's loss: the total the optimizer minimises, and the part added by the variant (the L1 penalty of a
 * sparse model, β·KL of a VAE), when there is one. */
export interface LossParts {
  total: tf.Scalar;
  regularization: tf.Scalar | null;
}

/** What a variant's loss needs besides the batch: seeds for this step's randomness (null when evaluating, which
 * uses fixed noise and a VAE's means), the data's range and image shape for the noise. */
export interface LossContext {
  noiseSeed: number;
  sampleSeed: number | null;
  bounds: ValueBounds;
  imageShape: readonly [number, number, number] | null;
}

type VariantSettings = Pick<
  Settings,
  'variant' | 'loss' | 'huberDelta' | 'noiseType' | 'noiseLevel' | 'sparsityRate' | 'beta'
>;

/** The KL divergence of N(μ, σ²) from N(0, 1), summed over code units and averaged over the batch:
 * −½ Σ (1 + log σ² − μ² − σ²). Call inside tf.tidy. */
export function klDivergence(mean: tf.Tensor2D, logVariance: tf.Tensor2D): tf.Scalar {
  const perUnit = tf.sub(tf.add(1, logVariance), tf.add(tf.square(mean), tf.exp(logVariance)));
  return tf.mul(-0.5, tf.mean(tf.sum(perUnit, 1)));
}

/** The loss of a batch under the settings' variant. The reconstruction is always scored against the clean
 * batch. Sparse adds λ·Σ|z| per sample; variational adds β·KL divided by the number of input values, so that it
 * sits on the same per-value scale as the reconstruction term (β = 1 is then the ELBO divided by that number).
 * Call inside tf.tidy. */
export function variantLoss(
  model: Autoencoder,
  batch: tf.Tensor2D,
  settings: VariantSettings,
  context: LossContext,
): LossParts {
  const score = (codes: tf.Tensor2D) =>
    reconstructionLoss(settings, model, batch, decodeToLogits(model, codes));
  switch (settings.variant) {
    case 'plain':
      return { total: score(encode(model, batch)), regularization: null };
    case 'denoising': {
      const noisy = corrupt(
        batch,
        { type: settings.noiseType, level: settings.noiseLevel },
        context.bounds,
        context.imageShape,
        context.noiseSeed,
      );
      return { total: score(encode(model, noisy)), regularization: null };
    }
    case 'sparse': {
      const codes = encode(model, batch);
      const penalty = tf.mul<tf.Scalar>(settings.sparsityRate, tf.mean(tf.sum(tf.abs(codes), 1)));
      return { total: tf.add(score(codes), penalty), regularization: penalty };
    }
    case 'variational': {
      const { mean, logVariance } = encodeDistribution(model, batch);
      const codes =
        context.sampleSeed === null
          ? mean
          : tf.add<tf.Tensor2D>(
              mean,
              tf.mul(
                tf.exp(tf.mul(0.5, logVariance)),
                tf.randomNormal(mean.shape, 0, 1, 'float32', context.sampleSeed),
              ),
            );
      const kl = tf.mul<tf.Scalar>(settings.beta / batch.shape[1], klDivergence(mean, logVariance));
      return { total: tf.add(score(codes), kl), regularization: kl };
    }
  }
}

/** The noisy version of a batch a denoising model sees (for the view of clean / noisy / denoised). */
export function noisyInput(
  batch: tf.Tensor2D,
  settings: Pick<Settings, 'noiseType' | 'noiseLevel'>,
  context: Pick<LossContext, 'bounds' | 'imageShape' | 'noiseSeed'>,
): tf.Tensor2D {
  return corrupt(
    batch,
    { type: settings.noiseType, level: settings.noiseLevel },
    context.bounds,
    context.imageShape,
    context.noiseSeed,
  );
}
