import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { createRng, deriveSeed, shuffleInto } from '../datasets/random';
import type { TrainerState } from '../settings/run-state';
import type { Settings } from '../settings/schema';
import { clipGradients } from './clipping';
import { reconstructionLoss } from './losses';
import { type Autoencoder, decodeToLogits, encode, reconstruct } from './model';
import { createOptimizer, setLearningRate } from './optimizers';

/** The data on the backend: one tensor per split, rows are samples. */
export interface TrainingTensors {
  train: tf.Tensor2D;
  validation: tf.Tensor2D;
}

/** Losses gathered since the last read: the mean training loss over those batches and the validation loss
 * of each epoch completed meanwhile. */
export interface CollectedLosses {
  batches: number;
  samples: number;
  trainLoss: number;
  validation: { epoch: number; loss: number }[];
}

const EVALUATION_CHUNK_ROWS = 1024;
/** A loss this many times the best one so far means the run is blowing up. */
const EXPLODING_FACTOR = 10;

/** Trains an autoencoder batch by batch with a custom loop: variableGrads → clip → applyGradients. Losses stay
 * on the backend until `collect` reads them, so a step never waits for the device. */
export class Trainer {
  step = 0;
  epoch = 0;
  batchInEpoch = 0;
  stepsPerEpoch: number;

  private optimizer: tf.Optimizer;
  private order: Int32Array;
  private permutation: tf.Tensor1D | null = null;
  private lossSum: tf.Scalar | null = null;
  private pending = { batches: 0, samples: 0 };
  private pendingValidation: { epoch: number; loss: tf.Scalar }[] = [];
  private lastGoodWeights: tf.Tensor[] = [];
  private bestLoss = Infinity;

  readonly model: Autoencoder;
  private data: TrainingTensors;
  private settings: Settings;

  constructor(model: Autoencoder, data: TrainingTensors, settings: Settings) {
    this.model = model;
    this.data = data;
    this.settings = settings;
    this.optimizer = createOptimizer(settings);
    this.order = new Int32Array(data.train.shape[0]);
    this.stepsPerEpoch = Math.ceil(data.train.shape[0] / this.batchSize());
    this.keepWeights();
  }

  /** The run's position in epochs, with a fraction for the batches of the epoch under way. */
  get epochProgress(): number {
    return this.epoch + this.batchInEpoch / this.stepsPerEpoch;
  }

  /** Applies the settings that may change mid-run (learning rate, epochs, clipping). */
  updateLiveSettings(settings: Settings): void {
    if (settings.learningRate !== this.settings.learningRate)
      setLearningRate(this.optimizer, settings.learningRate);
    this.settings = settings;
  }

  /** Trains on one batch of the current epoch's seeded permutation; at an epoch's end, queues the
   * validation loss. Reads nothing back. */
  trainBatch(): void {
    if (this.batchInEpoch === 0) this.shuffle();
    const rows = this.data.train.shape[0];
    const batchSize = this.batchSize();
    const start = this.batchInEpoch * batchSize;
    const size = Math.min(batchSize, rows - start);
    const batchLoss = tf.tidy(() => {
      const indices = tf.slice(this.permutation as tf.Tensor1D, start, size);
      const batch = tf.gather(this.data.train, indices);
      const { value, grads } = tf.variableGrads(() => this.lossOf(batch), this.model.variables);
      this.optimizer.applyGradients(clipGradients(grads, this.settings));
      return tf.mul<tf.Scalar>(value, size);
    });
    this.addToLossSum(batchLoss);
    this.pending.batches += 1;
    this.pending.samples += size;
    this.step += 1;
    this.batchInEpoch += 1;
    if (this.batchInEpoch === this.stepsPerEpoch) this.endEpoch();
  }

  /** Trains on a new training tensor from the next batch on; the epoch under way starts over with it. The
   * caller owns the tensor, as it owns the first one. */
  replaceTrainingData(train: tf.Tensor2D): void {
    this.data = { ...this.data, train };
    this.order = new Int32Array(train.shape[0]);
    this.stepsPerEpoch = Math.ceil(train.shape[0] / this.batchSize());
    this.batchInEpoch = 0;
  }

  /** Reads back the losses gathered since the last call. Keeps a copy of the weights when the training loss
   * is finite, for `restoreLastGoodWeights`. */
  async collect(): Promise<CollectedLosses> {
    const { batches, samples } = this.pending;
    const sum = this.lossSum;
    const validation = this.pendingValidation;
    this.lossSum = null;
    this.pending = { batches: 0, samples: 0 };
    this.pendingValidation = [];
    const [sumValue, ...validationValues] = await Promise.all([
      sum ? sum.data() : Promise.resolve(new Float32Array([Number.NaN])),
      ...validation.map((entry) => entry.loss.data()),
    ]);
    tf.dispose([...(sum ? [sum] : []), ...validation.map((entry) => entry.loss)]);
    const trainLoss = samples > 0 ? (sumValue?.[0] ?? Number.NaN) / samples : Number.NaN;
    // Weights are worth keeping while the loss is finite and not exploding: on the way to a NaN the last finite
    // weights can already be so large that every output overflows.
    if (samples > 0 && Number.isFinite(trainLoss) && trainLoss <= this.bestLoss * EXPLODING_FACTOR)
      this.keepWeights();
    if (Number.isFinite(trainLoss)) this.bestLoss = Math.min(this.bestLoss, trainLoss);
    return {
      batches,
      samples,
      trainLoss,
      validation: validation.map((entry, index) => ({
        epoch: entry.epoch,
        loss: validationValues[index]?.[0] ?? NaN,
      })),
    };
  }

  /** Puts back the weights of the last finite read and starts the optimizer afresh, since its state may
   * hold infinities too. */
  restoreLastGoodWeights(): void {
    this.model.variables.forEach((variable, index) =>
      variable.assign(this.lastGoodWeights[index] as tf.Tensor),
    );
    this.optimizer.dispose();
    this.optimizer = createOptimizer(this.settings);
  }

  /** The mean loss over a whole split, computed in chunks. */
  async evaluate(split: keyof TrainingTensors): Promise<number> {
    const loss = this.meanLoss(this.data[split]);
    const value = (await loss.data())[0] ?? Number.NaN;
    loss.dispose();
    return value;
  }

  /** Outputs in the input space for the first `count` validation samples. */
  async reconstructValidation(count: number): Promise<Float32Array> {
    const output = tf.tidy(() => reconstruct(this.model, tf.slice(this.data.validation, 0, count)));
    const values = (await output.data()) as Float32Array;
    output.dispose();
    return values;
  }

  /** Reads the run's position, weights and optimizer state back from the backend. */
  async exportState(): Promise<TrainerState> {
    const weights = await Promise.all(this.model.variables.map((variable) => variable.data<'float32'>()));
    const optimizer = this.step > 0 ? await this.readOptimizerState() : [];
    return { step: this.step, epoch: this.epoch, batchInEpoch: this.batchInEpoch, weights, optimizer };
  }

  /** Puts a saved state into this trainer, whose model must have the same shape. */
  async importState(state: TrainerState): Promise<void> {
    const variables = this.model.variables;
    if (
      state.weights.length !== variables.length ||
      state.weights.some((values, i) => values.length !== variables[i]?.size)
    ) {
      throw new Error('The saved weights do not fit this model.');
    }
    tf.tidy(() =>
      variables.forEach((variable, i) =>
        variable.assign(tf.tensor(state.weights[i] as Float32Array, variable.shape)),
      ),
    );
    if (state.optimizer.length > 0) {
      const named = state.optimizer.map(({ name, shape, values }) => ({
        name,
        tensor: tf.tensor(values, shape, name === 'iter' ? 'int32' : 'float32'),
      }));
      await this.optimizer.setWeights(named);
      tf.dispose(named.map((entry) => entry.tensor));
    }
    this.step = state.step;
    this.epoch = state.epoch;
    this.batchInEpoch = state.batchInEpoch;
    if (this.batchInEpoch > 0) this.shuffle();
    this.keepWeights();
  }

  /** Outputs in the input space for samples given as plain values (rows × features). */
  async reconstructValues(values: Float32Array): Promise<Float32Array> {
    const features = this.data.train.shape[1];
    const output = tf.tidy(() =>
      reconstruct(this.model, tf.tensor2d(values, [values.length / features, features])),
    );
    const result = (await output.data()) as Float32Array;
    output.dispose();
    return result;
  }

  /** Frees the optimizer and every tensor the trainer made; the model and the data belong to the caller. */
  dispose(): void {
    this.optimizer.dispose();
    tf.dispose(this.ownedTensors());
    this.permutation = null;
    this.lossSum = null;
    this.pendingValidation = [];
    this.lastGoodWeights = [];
  }

  private async readOptimizerState(): Promise<TrainerState['optimizer']> {
    try {
      const named = await this.optimizer.getWeights();
      const state = await Promise.all(
        named.map(async ({ name, tensor }) => ({
          name,
          shape: tensor.shape,
          values: Float32Array.from(await tensor.data()),
        })),
      );
      // The iteration count comes as a fresh scalar; the rest are the optimizer's own variables.
      tf.dispose(named.filter(({ name }) => name === 'iter').map(({ tensor }) => tensor));
      return state;
    } catch {
      // An optimizer that cannot export its state (or has none yet) resumes from a fresh state.
      return [];
    }
  }

  /** The batch size in use: never more than the training rows. */
  private batchSize(): number {
    return Math.min(this.settings.batchSize, this.data.train.shape[0]);
  }

  private ownedTensors(): tf.Tensor[] {
    const pendingLosses = this.pendingValidation.map((entry) => entry.loss);
    const singles = [this.permutation, this.lossSum].filter((tensor) => tensor !== null);
    return [...singles, ...pendingLosses, ...this.lastGoodWeights];
  }

  private lossOf(batch: tf.Tensor2D): tf.Scalar {
    return reconstructionLoss(
      this.settings,
      this.model,
      batch,
      decodeToLogits(this.model, encode(this.model, batch)),
    );
  }

  private meanLoss(split: tf.Tensor2D): tf.Scalar {
    return tf.tidy(() => {
      const rows = split.shape[0];
      const chunkSums: tf.Scalar[] = [];
      for (let start = 0; start < rows; start += EVALUATION_CHUNK_ROWS) {
        const size = Math.min(EVALUATION_CHUNK_ROWS, rows - start);
        chunkSums.push(tf.mul(this.lossOf(tf.slice(split, start, size)), size));
      }
      return tf.div<tf.Scalar>(tf.addN(chunkSums), rows);
    });
  }

  /** Draws the epoch's permutation from its own seeded stream, so a run resumed mid-epoch sees the same order. */
  private shuffle(): void {
    this.permutation?.dispose();
    const rng = createRng(deriveSeed(this.settings.seed, `shuffle:${this.epoch}`));
    this.permutation = tf.tensor1d(shuffleInto(this.order, rng), 'int32');
  }

  private endEpoch(): void {
    this.batchInEpoch = 0;
    this.epoch += 1;
    this.pendingValidation.push({ epoch: this.epoch, loss: this.meanLoss(this.data.validation) });
  }

  private addToLossSum(batchLoss: tf.Scalar): void {
    if (!this.lossSum) {
      this.lossSum = batchLoss;
      return;
    }
    const previous = this.lossSum;
    this.lossSum = tf.add(previous, batchLoss);
    tf.dispose([previous, batchLoss]);
  }

  private keepWeights(): void {
    tf.dispose(this.lastGoodWeights);
    this.lastGoodWeights = this.model.variables.map((variable) => tf.clone(variable));
  }
}
