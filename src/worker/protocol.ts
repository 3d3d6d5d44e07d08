import type { DatasetShape } from '../settings/datasets';
import type { BackendChoice, BackendName } from '../settings/options';
import type { Settings } from '../settings/schema';

/** Messages from the page to the training worker. */
export type ToWorker =
  /** Prepares the backend; sent once when the worker starts. */
  | { type: 'init'; softwareWebgl: boolean }
  /** Starts a run with these settings, or continues the current one when only live settings differ. */
  | { type: 'start'; settings: Settings }
  | { type: 'pause' }
  | { type: 'resume' }
  /** Trains one batch or the rest of the current epoch, then pauses. */
  | { type: 'step'; unit: 'batch' | 'epoch'; settings: Settings }
  /** Drops the model and its optimizer; the next start builds them afresh. */
  | { type: 'reset' }
  /** Applies settings that do not need a new run (learning rate, epochs, clipping). */
  | { type: 'updateLiveSettings'; settings: Settings };

export type TrainingPhase = 'idle' | 'preparing' | 'compiling' | 'running' | 'paused' | 'done' | 'diverged';

/** Messages from the training worker to the page. */
export type FromWorker =
  | {
      type: 'backend';
      active: BackendName;
      requested: BackendChoice;
      fallbacks: { backend: BackendName; reason: string }[];
      detail: string;
    }
  | { type: 'phase'; phase: TrainingPhase }
  /** A new run's data: its shape and the validation samples whose reconstructions snapshots carry. */
  | {
      type: 'runStarted';
      dataset: DatasetShape;
      previewInputs: Float32Array;
      previewLabels: Int32Array | null;
      previewCount: number;
    }
  /** Sent at most every ~100 ms: `trainLoss` is the mean over the batches since the previous progress (null if none),
   * `validation` holds the losses of the epochs completed meanwhile, `epoch` counts in fractions. */
  | {
      type: 'progress';
      step: number;
      epoch: number;
      trainLoss: number | null;
      validation: { epoch: number; loss: number }[];
      samplesPerSecond: number | null;
      tensorCount: number;
    }
  | { type: 'snapshot'; step: number; previewOutputs: Float32Array }
  | { type: 'finished'; evaluatedLoss: number }
  | { type: 'diverged'; message: string }
  | { type: 'error'; message: string };

/** Fails to compile when a switch misses a case; throws if an unexpected value arrives anyway. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected message: ${JSON.stringify(value)}`);
}
