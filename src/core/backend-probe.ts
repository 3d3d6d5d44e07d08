import * as tf from '@tensorflow/tfjs-core';
import type { DatasetShape } from '../settings/datasets';
import type { BackendName } from '../settings/options';
import type { Settings } from '../settings/schema';
import { createTrainer, disposeTensors, disposeTrainer } from './run';
import type { TrainingTensors } from './train-loop';

/** How long the probe trains a model on one backend. */
export interface ProbeBudget {
  /** Untimed batches first: they compile kernels (seconds of shader compilation on WebGL). */
  warmupSteps: number;
  /** The timed batches run in rounds of this many, each ended by a readback, until `windowMs` have passed
   * and at least `minRounds` rounds ran (or `maxSteps` steps, or `maxWindowMs` for a model so slow that
   * its rounds take seconds). The fastest round counts: a busy machine only ever slows a round down. */
  stepsPerRound: number;
  minRounds: number;
  windowMs: number;
  maxWindowMs: number;
  maxSteps: number;
}

/** A quarter of a second per backend after warm-up: enough to rank backends several times apart. */
export const DEFAULT_PROBE_BUDGET: ProbeBudget = {
  warmupSteps: 1,
  stepsPerRound: 1,
  minRounds: 3,
  windowMs: 250,
  maxWindowMs: 3000,
  maxSteps: 40,
};

/** Batches larger than this are timed at this size: the ranking holds, the probe stays short. */
const MAX_PROBE_BATCH = 512;
/** The synthetic training set holds a batch per step, but never more than this many values (~24 MB). */
const MAX_PROBE_VALUES = 6_000_000;
const PROBE_DATA_SEED = 1729;

/** The batch size the probe trains with for these settings. */
export function probeBatchSize(settings: Pick<Settings, 'batchSize' | 'trainSize'>): number {
  return Math.max(1, Math.min(settings.batchSize, settings.trainSize, MAX_PROBE_BATCH));
}

/** Trains the settings' model on random data on the active backend and returns its samples per second once
 * warmed up. Frees every tensor it made. */
export async function measureTrainingSpeed(
  settings: Settings,
  shape: DatasetShape,
  backend: BackendName,
  budget: ProbeBudget = DEFAULT_PROBE_BUDGET,
  now: () => number = () => performance.now(),
): Promise<number> {
  const batchSize = probeBatchSize(settings);
  // A batch more than the steps: no epoch ends while timed. An epoch's end evaluates, which on WebGL compiles
  // shaders for other shapes: a run pays that once, the probe should not count it.
  const wanted = budget.warmupSteps + budget.maxSteps + 1;
  const batches = Math.max(1, Math.min(wanted, Math.floor(MAX_PROBE_VALUES / (batchSize * shape.features))));
  const maxSteps = Math.max(1, Math.min(budget.maxSteps, batches - budget.warmupSteps - 1));
  const data = syntheticData(shape.features, batchSize, batches);
  const probeSettings = { ...settings, batchSize, trainSize: data.train.shape[0] };
  let trainer: ReturnType<typeof createTrainer> | null = null;
  try {
    trainer = createTrainer(probeSettings, data, backend, { imageShape: shape.imageShape });
    for (let step = 0; step < budget.warmupSteps; step++) trainer.trainBatch();
    await trainer.collect();
    const start = now();
    let best = 0;
    let steps = 0;
    let rounds = 0;
    let roundStart = start;
    let enough = false;
    do {
      for (let step = 0; step < budget.stepsPerRound; step++) trainer.trainBatch();
      steps += budget.stepsPerRound;
      rounds += 1;
      // The readback waits for every queued kernel: the time then covers the work, not just its queueing.
      const samples = (await trainer.collect()).samples;
      const roundEnd = now();
      best = Math.max(best, (samples * 1000) / Math.max(roundEnd - roundStart, 1e-3));
      roundStart = roundEnd;
      const elapsedMs = roundStart - start;
      enough =
        (elapsedMs >= budget.windowMs && rounds >= budget.minRounds) || elapsedMs >= budget.maxWindowMs;
    } while (!enough && steps < maxSteps);
    return best;
  } finally {
    if (trainer) disposeTrainer(trainer);
    disposeTensors(data);
  }
}

/** Uniform random rows in [0, 1): `batches` batches to train on and one row to validate on. */
function syntheticData(features: number, batchSize: number, batches: number): TrainingTensors {
  return {
    train: tf.randomUniform([batches * batchSize, features], 0, 1, 'float32', PROBE_DATA_SEED),
    validation: tf.randomUniform([1, features], 0, 1, 'float32', PROBE_DATA_SEED + 1),
  };
}
