import * as tf from '@tensorflow/tfjs-core';

/** The validation loss of each epoch completed since the last read, in one tensor on the backend. A small data
 * set completes hundreds of epochs a second; one tensor and one read-back for all of them costs a concat per
 * epoch, where a scalar kept per epoch and read back one by one cost the seed example a tenth of its speed. */
export class ValidationLosses {
  private losses: tf.Tensor1D | null = null;
  private epochs: number[] = [];

  /** Adds the loss of `epoch`. Takes ownership of the scalar. */
  add(epoch: number, loss: tf.Scalar): void {
    const previous = this.losses;
    this.losses = tf.tidy(() => {
      const entry = tf.reshape<tf.Rank.R1>(loss, [1]);
      return previous ? tf.concat1d([previous, entry]) : tf.clone(entry);
    });
    tf.dispose([loss, ...(previous ? [previous] : [])]);
    this.epochs.push(epoch);
  }

  /** The losses added since the last read, each with its epoch, and starts afresh. */
  async read(): Promise<{ epoch: number; loss: number }[]> {
    const { losses, epochs } = this;
    this.losses = null;
    this.epochs = [];
    if (!losses) return [];
    const values = await losses.data();
    losses.dispose();
    return epochs.map((epoch, index) => ({ epoch, loss: values[index] ?? Number.NaN }));
  }

  /** Frees the losses not yet read. */
  dispose(): void {
    this.losses?.dispose();
    this.losses = null;
    this.epochs = [];
  }
}
