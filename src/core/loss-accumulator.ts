import * as tf from '@tensorflow/tfjs-core';

/** Running sums of the batch losses (weighted by batch size) on the backend, read back only when asked. */
export class LossAccumulator {
  private total: tf.Scalar | null = null;
  private regularization: tf.Scalar | null = null;
  private batches = 0;
  private samples = 0;

  /** Adds a batch's mean losses, weighted by its size. Takes ownership of the tensors. */
  add(total: tf.Scalar, regularization: tf.Scalar | null, size: number): void {
    this.total = accumulate(this.total, total, size);
    if (regularization) this.regularization = accumulate(this.regularization, regularization, size);
    this.batches += 1;
    this.samples += size;
  }

  /** Reads the means since the last read and starts afresh. */
  async read(): Promise<{ batches: number; samples: number; total: number; regularization: number | null }> {
    const { total, regularization, batches, samples } = this;
    this.total = null;
    this.regularization = null;
    this.batches = 0;
    this.samples = 0;
    const [totalSum, regularizationSum] = await Promise.all([total?.data(), regularization?.data()]);
    tf.dispose([total, regularization].filter((tensor) => tensor !== null));
    const mean = (sum: ArrayLike<number> | undefined) =>
      samples > 0 && sum ? (sum[0] ?? Number.NaN) / samples : Number.NaN;
    return {
      batches,
      samples,
      total: mean(totalSum),
      regularization: regularizationSum ? mean(regularizationSum) : null,
    };
  }

  /** Frees the sums. */
  dispose(): void {
    tf.dispose([this.total, this.regularization].filter((tensor) => tensor !== null));
    this.total = null;
    this.regularization = null;
  }
}

function accumulate(sum: tf.Scalar | null, value: tf.Scalar, size: number): tf.Scalar {
  const next = tf.tidy(() =>
    sum ? tf.add<tf.Scalar>(sum, tf.mul(value, size)) : tf.mul<tf.Scalar>(value, size),
  );
  tf.dispose([sum, value].filter((tensor) => tensor !== null));
  return next;
}
