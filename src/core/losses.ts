import * as tf from '@tensorflow/tfjs-core';
import { sliceRows } from './gather-rows';
import type { Loss } from '../settings/options';
import type { Settings } from '../settings/schema';
import { type Autoencoder, toOutput } from './model';
import { sigmoidCrossEntropy } from './sigmoid-cross-entropy';

/** The mean reconstruction loss of a batch over all its values. Binary cross-entropy is computed on the
 * logits (stable, no clipping); the other losses on the outputs in the input space. */
export function reconstructionLoss(
  settings: Pick<Settings, 'loss' | 'huberDelta'>,
  model: Autoencoder,
  target: tf.Tensor2D,
  logits: tf.Tensor2D,
): tf.Scalar {
  if (settings.loss === 'binaryCrossentropy') return sigmoidCrossEntropy(target, logits);
  return outputLoss(settings.loss, settings.huberDelta, target, toOutput(model, logits));
}

/** The same loss as `reconstructionLoss`, for outputs that are already in the input space (a PCA
 * reconstruction, say): binary cross-entropy then works on probabilities clipped away from 0 and 1. */
export function lossOnOutputs(
  settings: Pick<Settings, 'loss' | 'huberDelta'>,
  target: tf.Tensor2D,
  output: tf.Tensor2D,
): tf.Scalar {
  if (settings.loss !== 'binaryCrossentropy')
    return outputLoss(settings.loss, settings.huberDelta, target, output);
  return tf.tidy(() => {
    const probability = tf.clipByValue(output, PROBABILITY_EPSILON, 1 - PROBABILITY_EPSILON);
    const logLikelihood = tf.add(
      tf.mul(target, tf.log(probability)),
      tf.mul(tf.sub(1, target), tf.log(tf.sub(1, probability))),
    );
    return tf.neg(tf.mean(logLikelihood));
  });
}

const PROBABILITY_EPSILON = 1e-7;

function outputLoss(
  loss: Exclude<Loss, 'binaryCrossentropy'>,
  huberDelta: number,
  target: tf.Tensor2D,
  output: tf.Tensor2D,
): tf.Scalar {
  switch (loss) {
    case 'mse':
      return tf.losses.meanSquaredError(target, output);
    case 'mae':
      return tf.losses.absoluteDifference(target, output);
    case 'huber':
      return tf.losses.huberLoss(target, output, undefined, huberDelta);
  }
}

/** Rows a loss is evaluated on at once: a whole split would need its activations all at one time. */
const EVALUATION_CHUNK_ROWS = 1024;

/** The mean over all rows of a per-batch mean loss, evaluated in chunks of rows and weighted by their size. */
export function meanLossInChunks(rows: tf.Tensor2D, lossOf: (chunk: tf.Tensor2D) => tf.Scalar): tf.Scalar {
  return tf.tidy(() => {
    const count = rows.shape[0];
    const chunkSums: tf.Scalar[] = [];
    for (let start = 0; start < count; start += EVALUATION_CHUNK_ROWS) {
      const size = Math.min(EVALUATION_CHUNK_ROWS, count - start);
      chunkSums.push(tf.mul(lossOf(sliceRows(rows, start, size)), size));
    }
    return tf.div<tf.Scalar>(tf.addN(chunkSums), count);
  });
}
