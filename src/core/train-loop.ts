import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { createRng, deriveSeed, shuffleInto } from '../datasets/random';
import type { TrainerState } from '../settings/run-state';
import type { Settings } from '../settings/schema';
import { clipGradients } from './clipping';
import { gatherRows, sliceRows } from './gather-rows';
import { LossAccumulator } from './loss-accumulator';
import { meanLossInChunks } from './losses';
import { type Autoencoder, reconstruct } from './model';
import type { ValueBounds } from './noise';
import { createOptimizer, setLearningRate } from './optimizers';
import { readFloats } from './read';
import { readOptimizerState, writeTrainerState } from './trainer-state';
import type { TwinModel } from './twin-model';
import { ValidationLosses } from './validation-losses';
import { noisyInput, variantLoss, type LossContext } from './variant-loss';

/** The data on the backend: one tensor per split, rows are samples. */
export interface TrainingTensors {
  train: tf.Tensor2D;
  validation: tf.Tensor2D;
}

/** Losses gathered since the last read: the mean training loss over those batches (and the variant's part of
 * it), and the validation loss of each epoch completed meanwhile. */
export interface CollectedLosses {
  batches: number;
  samples: number;
  trainLoss: number;
  regularization: number | null;
  validation: { epoch: number; loss: number }[];
}

/** What the trainer needs to know of the data besides the tensors. */
export interface DataFacts {
  imageShape: readonly [number, number, number] | null;
}

/** A loss this many times the best one so far means the run is blowing up. */
const EXPLODING_FACTOR = 10;
const KEEP_INTERVAL_MS = 1000;

/** Trains an autoencoder batch by batch with a custom loop: variableGrads → clip → applyGradients. Losses stay
 * on the backend until `collect` reads them, so a step never waits for the device. */
export class Trainer {
  step = 0;
  epoch = 0;
  batchInEpoch = 0;
  stepsPerEpoch: number;
  readonly model: Autoencoder;
  /** For a sparse model: the same model without the penalty, for comparison. */
  readonly twin: TwinModel | null;

  private optimizer: tf.Optimizer;
  private order: Int32Array;
  private readonly losses = new LossAccumulator();
  private readonly validationLosses = new ValidationLosses();
  private lastGoodWeights: tf.Tensor[] = [];
  private bestLoss = Infinity;
  private keptAtMs = -Infinity;
  private data: TrainingTensors;
  private settings: Settings;
  private readonly bounds: ValueBounds;
  private readonly facts: DataFacts;

  constructor(
    model: Autoencoder,
    data: TrainingTensors,
    settings: Settings,
    facts: DataFacts,
    twin: TwinModel | null = null,
  ) {
    this.model = model;
    this.twin = twin;
    this.data = data;
    this.settings = settings;
    this.facts = facts;
    this.optimizer = createOptimizer(settings);
    this.order = new Int32Array(data.train.shape[0]);
    this.stepsPerEpoch = Math.ceil(data.train.shape[0] / this.batchSize());
    // One read at the start: the noise of a denoising model stays within the data's range.
    const [low, high] = tf.tidy(() => [
      tf.min(data.train).dataSync()[0] ?? 0,
      tf.max(data.train).dataSync()[0] ?? 1,
    ]);
    this.bounds = { low: low ?? 0, high: high ?? 1 };
    this.keepWeights();
  }

  /** Which autoencoder variant this trainer trains. */
  get variant(): Settings['variant'] {
    return this.settings.variant;
  }

  /** The run's position in epochs, with a fraction for the batches of the epoch under way. */
  get epochProgress(): number {
    return this.epoch + this.batchInEpoch / this.stepsPerEpoch;
  }

  /** Applies the settings that may change mid-run (learning rate, epochs, clipping, the variant's weights). */
  updateLiveSettings(settings: Settings): void {
    if (settings.learningRate !== this.settings.learningRate)
      setLearningRate(this.optimizer, settings.learningRate);
    this.settings = settings;
  }

  /** Trains on one batch of the current epoch's seeded permutation; at an epoch's end, queues the validation
   * loss. Reads nothing back. */
  trainBatch(): void {
    if (this.batchInEpoch === 0) this.shuffle();
    const rows = this.data.train.shape[0];
    const batchSize = this.batchSize();
    const start = this.batchInEpoch * batchSize;
    const size = Math.min(batchSize, rows - start);
    const context = this.lossContext(this.step);
    let regularization: tf.Scalar | null = null;
    const total = tf.tidy(() => {
      const batch = gatherRows(this.data.train, this.order.subarray(start, start + size));
      const { value, grads } = tf.variableGrads(() => {
        const parts = variantLoss(this.model, batch, this.settings, context);
        // Kept past the gradient tape's own scope, which would free it; the accumulator takes it over.
        regularization = parts.regularization ? tf.keep(parts.regularization) : null;
        return parts.total;
      }, this.model.variables);
      this.optimizer.applyGradients(clipGradients(grads, this.settings));
      this.twin?.train(batch);
      return value;
    });
    this.losses.add(total, regularization, size);
    this.step += 1;
    this.batchInEpoch += 1;
    if (this.batchInEpoch === this.stepsPerEpoch) this.endEpoch();
  }

  /** The batch the next `trainBatch` trains on, and that step's loss context (its noise and sampling seeds), so
   * the step can be looked at before it is taken. Changes nothing the step would not do the same way; the caller
   * disposes the batch. */
  nextBatch(): { batch: tf.Tensor2D; context: LossContext } {
    if (this.batchInEpoch === 0) this.shuffle();
    const start = this.batchInEpoch * this.batchSize();
    const size = Math.min(this.batchSize(), this.data.train.shape[0] - start);
    const batch = gatherRows(this.data.train, this.order.subarray(start, start + size));
    return { batch, context: this.lossContext(this.step) };
  }

  /** Trains on a new training tensor from the next batch on; the epoch under way starts over with it. The
   * caller owns the tensor, as it owns the first one. */
  replaceTrainingData(train: tf.Tensor2D): void {
    this.data = { ...this.data, train };
    this.order = new Int32Array(train.shape[0]);
    this.stepsPerEpoch = Math.ceil(train.shape[0] / this.batchSize());
    this.batchInEpoch = 0;
  }

  /** Reads back the losses gathered since the last call. Keeps a copy of the weights, about once a second, while
   * the training loss is finite and not exploding, for `restoreLastGoodWeights`. */
  async collect(): Promise<CollectedLosses> {
    const [read, validation] = await Promise.all([this.losses.read(), this.validationLosses.read()]);
    const trainLoss = read.total;
    // On the way to a NaN the last finite weights can already be so large that every output overflows.
    const healthy =
      read.samples > 0 && Number.isFinite(trainLoss) && trainLoss <= this.bestLoss * EXPLODING_FACTOR;
    if (healthy && performance.now() - this.keptAtMs >= KEEP_INTERVAL_MS) this.keepWeights();
    if (Number.isFinite(trainLoss)) this.bestLoss = Math.min(this.bestLoss, trainLoss);
    return {
      batches: read.batches,
      samples: read.samples,
      trainLoss,
      regularization: read.regularization,
      validation,
    };
  }

  /** Puts back the weights of the last good read and starts the optimizer afresh, since its state may hold
   * infinities too. */
  restoreLastGoodWeights(): void {
    this.model.variables.forEach((variable, index) =>
      variable.assign(this.lastGoodWeights[index] as tf.Tensor),
    );
    this.optimizer.dispose();
    this.optimizer = createOptimizer(this.settings);
  }

  /** The mean loss over a whole split, computed in chunks (fixed noise, a VAE's means). */
  async evaluate(split: keyof TrainingTensors): Promise<number> {
    const loss = this.meanLoss(this.data[split]);
    const value = (await loss.data())[0] ?? Number.NaN;
    loss.dispose();
    return value;
  }

  /** What a denoising model sees of some validation samples: their corrupted versions (fixed noise). */
  async noisyValidation(start: number, count: number): Promise<Float32Array> {
    const noisy = tf.tidy(() =>
      noisyInput(sliceRows(this.data.validation, start, count), this.settings, this.lossContext(null)),
    );
    const values = await readFloats(noisy);
    noisy.dispose();
    return values;
  }

  /** Reads the run's position, weights and optimizer state back from the backend. */
  async exportState(): Promise<TrainerState> {
    const weights = await Promise.all(this.model.variables.map(readFloats));
    const optimizer = this.step > 0 ? await readOptimizerState(this.optimizer) : [];
    return { step: this.step, epoch: this.epoch, batchInEpoch: this.batchInEpoch, weights, optimizer };
  }

  /** Puts a saved state into this trainer, whose model must have the same shape. */
  async importState(state: TrainerState): Promise<void> {
    await writeTrainerState(this.model.variables, this.optimizer, state);
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
    const result = await readFloats(output);
    output.dispose();
    return result;
  }

  /** Frees the optimizer, the twin and every tensor the trainer made; the model and the data belong to the caller. */
  dispose(): void {
    this.optimizer.dispose();
    this.twin?.dispose();
    this.losses.dispose();
    this.validationLosses.dispose();
    tf.dispose(this.lastGoodWeights);
    this.lastGoodWeights = [];
  }

  /** Seeds and facts for a step's loss; `step` null gives the fixed evaluation context. */
  private lossContext(step: number | null): LossContext {
    const { seed } = this.settings;
    return {
      noiseSeed: deriveSeed(seed, step === null ? 'noise:evaluation' : `noise:${step}`),
      sampleSeed: step === null ? null : deriveSeed(seed, `sample:${step}`),
      bounds: this.bounds,
      imageShape: this.facts.imageShape,
    };
  }

  /** The batch size in use: never more than the training rows. */
  private batchSize(): number {
    return Math.min(this.settings.batchSize, this.data.train.shape[0]);
  }

  private meanLoss(split: tf.Tensor2D): tf.Scalar {
    const context = this.lossContext(null);
    return meanLossInChunks(split, (chunk) => variantLoss(this.model, chunk, this.settings, context).total);
  }

  /** Draws the epoch's permutation from its own seeded stream, so a run resumed mid-epoch sees the same order. */
  private shuffle(): void {
    shuffleInto(this.order, createRng(deriveSeed(this.settings.seed, `shuffle:${this.epoch}`)));
  }

  private endEpoch(): void {
    this.batchInEpoch = 0;
    this.epoch += 1;
    this.validationLosses.add(this.epoch, this.meanLoss(this.data.validation));
  }

  private keepWeights(): void {
    this.keptAtMs = performance.now();
    tf.dispose(this.lastGoodWeights);
    this.lastGoodWeights = this.model.variables.map((variable) => tf.clone(variable));
  }
}
