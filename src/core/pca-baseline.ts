import * as tf from '@tensorflow/tfjs-core';
import { sliceRows } from './gather-rows';
import type { Settings } from '../settings/schema';
import { lossOnOutputs } from './losses';
import { disposePca, fitPca, reconstructPca } from './pca';
import { readFloats } from './read';

/** How well PCA with as many components as the code has units rebuilds the data, in the run's own loss. */
export interface PcaBaseline {
  components: number;
  trainLoss: number;
  validationLoss: number;
  /** PCA's reconstructions of the first validation samples, beside the autoencoder's. */
  previewOutputs: Float32Array;
}

const CHUNK_ROWS = 2048;

/** Fits PCA on the first `fitRows` training rows (the top components of 10,000 MNIST images are those of all
 * 60,000 to within a fraction of a percent of the error, at a sixth of the cost) and scores its reconstructions
 * of the first `scoreRows` rows of both splits with the run's loss (all of them by default; fewer where matrix
 * products are slow, as on a software renderer, where scoring 12,000 MNIST rows took 6 s). */
export async function computePcaBaseline(
  train: tf.Tensor2D,
  validation: tf.Tensor2D,
  settings: Pick<Settings, 'latentSize' | 'loss' | 'huberDelta' | 'seed'>,
  options: { previewCount: number; fitRows: number; scoreRows?: number },
): Promise<PcaBaseline> {
  const { previewCount } = options;
  const features = train.shape[1];
  const fitRows = sliceRows(train, 0, Math.min(options.fitRows, train.shape[0]));
  const model = fitPca(fitRows, Math.min(settings.latentSize, features), { seed: settings.seed });
  fitRows.dispose();
  try {
    const scored = (x: tf.Tensor2D) => sliceRows(x, 0, Math.min(options.scoreRows ?? x.shape[0], x.shape[0]));
    const losses = [train, validation].map((split) => {
      const rows = scored(split);
      const loss = meanLoss(model, rows, settings);
      rows.dispose();
      return loss;
    });
    const preview = tf.tidy(() => reconstructPca(model, sliceRows(validation, 0, previewCount)));
    const [trainLoss, validationLoss, previewOutputs] = await Promise.all(
      [...losses, preview].map(readFloats),
    );
    tf.dispose([...losses, preview]);
    return {
      components: model.components.shape[0],
      trainLoss: trainLoss?.[0] ?? Number.NaN,
      validationLoss: validationLoss?.[0] ?? Number.NaN,
      previewOutputs: previewOutputs ?? new Float32Array(0),
    };
  } finally {
    disposePca(model);
  }
}

function meanLoss(
  model: ReturnType<typeof fitPca>,
  x: tf.Tensor2D,
  settings: Pick<Settings, 'loss' | 'huberDelta'>,
): tf.Scalar {
  return tf.tidy(() => {
    const rows = x.shape[0];
    const sums: tf.Scalar[] = [];
    for (let start = 0; start < rows; start += CHUNK_ROWS) {
      const size = Math.min(CHUNK_ROWS, rows - start);
      const chunk = sliceRows(x, start, size);
      sums.push(tf.mul(lossOnOutputs(settings, chunk, reconstructPca(model, chunk)), size));
    }
    return tf.div<tf.Scalar>(tf.addN(sums), rows);
  });
}
