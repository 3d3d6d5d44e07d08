// The bare loop is worker code like src/core: eslint.config.js lets it import tfjs.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { activateBackend } from '../../src/core/backend';
import { gatherRows } from '../../src/core/gather-rows';
import { meanLossInChunks } from '../../src/core/losses';
import { createOptimizer } from '../../src/core/optimizers';
import { ArchiveSource } from '../../src/datasets/archive-source';
import { loadDataset } from '../../src/datasets/registry';
import type { Settings } from '../../src/settings/schema';
import { decodeSettings } from '../../src/state/url-codec';
import { buildBareModel, type BareModel } from './bare-model';
import type { BareRequest, BareResult } from './protocol';

/** A minimal training loop over a dataset tensor: an unseeded shuffle per epoch, batches gathered on the
 * backend as the playground gathers them, `optimizer.minimize` per batch, and at each epoch's end the mean loss
 * on the validation split, which the settings ask for as the playground's loop does; nothing read back until
 * asked. */
class BareLoop {
  steps = 0;
  samples = 0;
  private batchInEpoch = 0;
  private readonly order: Int32Array;
  private readonly stepsPerEpoch: number;
  private readonly batchSize: number;
  private readonly train: tf.Tensor2D;
  private readonly validation: tf.Tensor2D;
  private readonly model: BareModel;
  private readonly optimizer: tf.Optimizer;
  private validationLoss: tf.Scalar | null = null;

  constructor(data: BareData, model: BareModel, optimizer: tf.Optimizer, batchSize: number) {
    const { train, validation } = data;
    this.train = train;
    this.validation = validation;
    this.model = model;
    this.optimizer = optimizer;
    this.batchSize = Math.min(batchSize, train.shape[0]);
    this.order = Int32Array.from({ length: train.shape[0] }, (_, index) => index);
    this.stepsPerEpoch = Math.ceil(train.shape[0] / this.batchSize);
  }

  /** Trains on one batch; returns the batch loss only when asked (that is the only read-back). */
  step(returnLoss: boolean): tf.Scalar | null {
    if (this.batchInEpoch === 0) this.shuffle();
    const start = this.batchInEpoch * this.batchSize;
    const size = Math.min(this.batchSize, this.train.shape[0] - start);
    const loss = tf.tidy(() => {
      const batch = gatherRows(this.train, this.order.subarray(start, start + size));
      const cost = this.optimizer.minimize(() => this.model.loss(batch), returnLoss, this.model.variables);
      return cost ?? undefined;
    });
    this.steps += 1;
    this.samples += size;
    this.batchInEpoch = (this.batchInEpoch + 1) % this.stepsPerEpoch;
    if (this.batchInEpoch === 0) this.evaluateValidation();
    return loss ?? null;
  }

  /** Trains batch after batch, without yielding, until `durationMs` have passed. */
  runFor(durationMs: number): void {
    const end = performance.now() + durationMs;
    while (performance.now() < end) this.step(false);
  }

  /** Trains one more batch and waits for its loss: every queued kernel has run once this resolves. */
  async finish(): Promise<number> {
    const loss = this.step(true) as tf.Scalar;
    const value = (await loss.data())[0] ?? Number.NaN;
    loss.dispose();
    return value;
  }

  /** The mean loss over the validation split, evaluated as the playground evaluates it. */
  private evaluateValidation(): void {
    this.validationLoss?.dispose();
    this.validationLoss = meanLossInChunks(this.validation, (chunk) => this.model.loss(chunk));
  }

  private shuffle(): void {
    for (let i = this.order.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [this.order[i], this.order[j]] = [this.order[j] as number, this.order[i] as number];
    }
  }
}

/** The splits on the backend. */
interface BareData {
  train: tf.Tensor2D;
  validation: tf.Tensor2D;
}

async function uploadDataset(settings: Settings, dataUrl: string): Promise<BareData> {
  const archives = new ArchiveSource(dataUrl, (url) => fetch(url));
  const dataset = await loadDataset(settings, { archives, upload: null, onProgress: () => undefined });
  return {
    train: tf.tensor2d(dataset.train.values, [dataset.train.count, dataset.features]),
    validation: tf.tensor2d(dataset.validation.values, [dataset.validation.count, dataset.features]),
  };
}

/** Trains the model the request's hash describes on the same data and backend as the playground would, and
 * measures samples per second after a warm-up, including the final wait for the device. */
export async function runBareLoop(request: BareRequest): Promise<BareResult> {
  const { settings } = decodeSettings(request.hash);
  const backend = await activateBackend(settings.backend, { softwareWebgl: request.softwareWebgl });
  const data = await uploadDataset(settings, request.dataUrl);
  const model = buildBareModel(
    settings,
    data.train.shape[1],
    backend.active === 'wasm' ? 'explicit' : 'flags',
  );
  if (settings.optimizer !== 'adam') throw new Error('The bare loop implements only Adam');
  // The playground's own Adam (src/core/lean-adam.ts) with every constant explicit, so that the ratio measures
  // the playground's overhead (and tfjs's default epsilon, which differs on WebGL, plays no part).
  const optimizer = createOptimizer(settings);
  const loop = new BareLoop(data, model, optimizer, settings.batchSize);
  const compileStart = performance.now();
  await loop.finish();
  const firstStepMs = performance.now() - compileStart;
  loop.runFor(request.warmupMs);
  await loop.finish();
  const [steps, samples, start] = [loop.steps, loop.samples, performance.now()];
  loop.runFor(request.durationMs);
  const finalLoss = await loop.finish();
  const elapsedMs = performance.now() - start;
  const measured = loop.samples - samples;
  return {
    backend: backend.active,
    backendDetail: backend.detail,
    firstStepMs,
    steps: loop.steps - steps,
    samples: measured,
    elapsedMs,
    samplesPerSecond: (measured * 1000) / elapsedMs,
    finalLoss,
    tensorCount: tf.memory().numTensors,
  };
}
