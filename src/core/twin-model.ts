import * as tf from '@tensorflow/tfjs-core';
import type { Settings } from '../settings/schema';
import type { TransposeStyle } from './dense';
import { reconstructionLoss } from './losses';
import { buildAutoencoder, decodeToLogits, disposeAutoencoder, encode, type Autoencoder } from './model';
import { createOptimizer } from './optimizers';

/** The same model without the variant's penalty, started from the same weights and trained on the same batches,
 * so a sparse code can be compared with what the model does without the L1 penalty. */
export class TwinModel {
  readonly model: Autoencoder;
  private readonly optimizer: tf.Optimizer;
  private readonly settings: Settings;

  constructor(settings: Settings, inputSize: number, style: TransposeStyle) {
    this.settings = settings;
    this.model = buildAutoencoder({ ...settings, variant: 'plain' }, inputSize, style);
    this.optimizer = createOptimizer(settings);
  }

  /** One plain update on the batch. Call inside tf.tidy. */
  train(batch: tf.Tensor2D): void {
    const { grads } = tf.variableGrads(
      () =>
        reconstructionLoss(
          this.settings,
          this.model,
          batch,
          decodeToLogits(this.model, encode(this.model, batch)),
        ),
      this.model.variables,
    );
    this.optimizer.applyGradients(grads);
  }

  /** Frees the model and its optimizer. */
  dispose(): void {
    this.optimizer.dispose();
    disposeAutoencoder(this.model);
  }
}
