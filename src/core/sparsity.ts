import * as tf from '@tensorflow/tfjs-core';
import { sliceRows } from './gather-rows';
import { type Autoencoder, encode } from './model';
import { readFloats } from './read';

/** How sparse a code is, as the Keras tutorial measures it: the mean of all code values over the validation
 * samples, for the penalised model and for its unpenalised twin, and the code values of the first samples for
 * a histogram. */
export interface SparsityStats {
  meanActivation: number;
  twinMeanActivation: number | null;
  activations: Float32Array;
}

const HISTOGRAM_ROWS = 500;

export async function sparsityStats(
  model: Autoencoder,
  twin: Autoencoder | null,
  validation: tf.Tensor2D,
): Promise<SparsityStats> {
  const rows = Math.min(HISTOGRAM_ROWS, validation.shape[0]);
  const mean = tf.tidy(() => tf.mean(encode(model, validation)));
  const twinMean = tf.tidy(() => (twin ? tf.mean(encode(twin, validation)) : tf.scalar(Number.NaN)));
  const sample = tf.tidy(() => encode(model, sliceRows(validation, 0, rows)));
  const [meanValue, twinValue, activations] = await Promise.all([mean, twinMean, sample].map(readFloats));
  tf.dispose([mean, twinMean, sample]);
  return {
    meanActivation: meanValue?.[0] ?? Number.NaN,
    twinMeanActivation: twin ? (twinValue?.[0] ?? Number.NaN) : null,
    activations: activations ?? new Float32Array(0),
  };
}
