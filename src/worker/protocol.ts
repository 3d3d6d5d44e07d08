import type { BackendProbe } from '../settings/backend-probe';
import type { DatasetShape } from '../settings/datasets';
import type { BackendChoice, BackendName, DatasetId } from '../settings/options';
import type { Phrase } from '../settings/phrases';
import type { Checkpoint } from '../settings/run-state';
import type { Settings } from '../settings/schema';
import type { StepInspection, StepUpdate } from '../settings/step-anatomy';

/** How uploaded CSV columns are scaled. */
export type CsvScaling = 'minmax' | 'zscore';

/** The user's own data, handed to the worker to parse. */
export type UploadRequest =
  | { kind: 'csv'; file: File; scaling: CsvScaling; labelColumn: string | null }
  | { kind: 'images'; files: { file: File; path: string }[]; size: number; colour: 'grayscale' | 'rgb' };

/** Messages from the page to the training worker. */
export type ToWorker =
  /** Prepares the worker; sent once when it starts. `dataUrl` is the site's data folder; `testHooks` allows
   * the `debug` message, for end-to-end tests that force failures. */
  | { type: 'init'; softwareWebgl: boolean; dataUrl: string; testHooks: boolean }
  /** Rebuilds a saved run (a reloaded page, a restarted worker) and pauses it where it was. */
  | { type: 'restore'; checkpoint: Checkpoint }
  /** Test hooks: crash the worker, lose the WebGL context, or stop answering. */
  | { type: 'debug'; action: 'crash' | 'loseWebglContext' | 'hang' }
  /** Starts a run with these settings, or continues the current one when only live settings differ. */
  | { type: 'start'; settings: Settings }
  | { type: 'pause' }
  | { type: 'resume' }
  /** Trains one batch or the rest of the current epoch, then pauses. */
  | { type: 'step'; unit: 'batch' | 'epoch'; settings: Settings }
  /** Slow motion: `inspect` computes the next step's phases up to its gradients without changing a weight;
   * `update` then applies that step, reports how far the weights moved, and pauses. */
  | { type: 'slowStep'; stage: 'inspect' | 'update'; settings: Settings }
  /** Before the first Train: starts the backend and loads the data set of these settings, so that Train's
   * first step comes at once. Changes nothing a run has; a failure is left for Train to meet and report. */
  | { type: 'prepare'; settings: Settings }
  /** Drops the model and its optimizer; the next start builds them afresh. */
  | { type: 'reset' }
  /** Trains the model of these settings once per race optimizer, from the same start, batches interleaved. */
  | { type: 'startRace'; settings: Settings }
  /** Ends the race and frees its models. */
  | { type: 'stopRace' }
  /** Applies settings that do not need a new run (learning rate, epochs, clipping). */
  | { type: 'updateLiveSettings'; settings: Settings }
  /** Parses the user's data; on success it becomes the "Your own data" set, on failure the old one stays. */
  | { type: 'upload'; request: UploadRequest }
  /** Asks for small previews of every data set, for the picker. */
  | { type: 'describeDatasets'; settings: Settings }
  /** Reconstructs one sample (a drawing) with the current model. */
  | { type: 'reconstructSample'; values: Float32Array }
  /** Adds samples (drawings) to the current training set. */
  | { type: 'addSamples'; values: Float32Array; labels: Int32Array | null }
  /** Which principal components the latent map shows, and which page of samples the reconstructions show. */
  | { type: 'setViewOptions'; options: ViewOptions }
  /** Asks for a validation sample and its reconstruction (hovering the latent map). */
  | { type: 'inspectSample'; index: number }
  /** Decodes the code under a point of the latent map. */
  | { type: 'decodeMapPoint'; x: number; y: number }
  /** Decodes codes given unit by unit (the traversal sliders). */
  | { type: 'decodeCodes'; codes: Float32Array }
  /** Decodes frames along the line between the codes of two validation samples. */
  | { type: 'interpolate'; from: number; to: number; frames: number }
  /** Asks for the current model as TF.js files; a `modelExport` message answers. */
  | { type: 'exportModel' }
  /** Loads saved TF.js model files (model.json, weights.bin): the run starts afresh, paused, from those weights;
   * a refused file changes nothing. A `modelImport` message answers. */
  | { type: 'importModel'; modelJson: string; weights: ArrayBuffer }
  /** Asks for the first encoder layer's weights and each code unit's decoded image. */
  | { type: 'requestWeights' }
  /** A variational model's generations: `side`² codes from the prior, or a side × side grid over a 2-unit
   * code's plane; `seed` varies the prior draw. */
  | { type: 'generate'; kind: GenerationKind; side: number; seed: number };

/** What a variational model generates: decoded draws from the prior, or a grid over the latent plane. */
export type GenerationKind = 'prior' | 'manifold';

/** How sparse the code is (sparse variant): the mean code value with and without the L1 penalty, and the code
 * values of the first validation samples. */
export interface SparsityReport {
  meanActivation: number;
  twinMeanActivation: number | null;
  activations: Float32Array;
}

/** What the views ask the worker to compute. */
export interface ViewOptions {
  latentAxes: [number, number];
  previewPage: number;
}

export type TrainingPhase = 'idle' | 'preparing' | 'compiling' | 'running' | 'paused' | 'done' | 'diverged';

/** A small picture of a data set for the picker: a few images, a 2-D scatter, or a few signals. */
export type DatasetThumbnail =
  | { kind: 'images'; side: number; channels: number; values: Float32Array; count: number }
  | { kind: 'points'; xy: Float32Array; labels: Int32Array | null }
  | { kind: 'signals'; length: number; values: Float32Array; count: number; labels: Int32Array | null };

/** What the worker made of an uploaded file. */
export interface UploadSummary {
  name: Phrase;
  shape: DatasetShape;
  trainCount: number;
  validationCount: number;
  notes: Phrase[];
}

/** Messages from the training worker to the page. Whatever they say in words is a Phrase (src/settings/phrases.ts):
 * the page words it in its own language. */
export type FromWorker =
  | {
      type: 'backend';
      active: BackendName;
      requested: BackendChoice;
      fallbacks: { backend: BackendName; reason: Phrase }[];
      /** The backend's build or device (SIMD, the GPU's name). */
      description: Phrase;
      /** What the "auto" backend's speed probe measured; null for a backend chosen by name. */
      probe: BackendProbe | null;
    }
  | { type: 'phase'; phase: TrainingPhase }
  /** Download progress of a data set, in compressed bytes. */
  | { type: 'loading'; receivedBytes: number; totalBytes: number }
  /** A new run's data: its shape and the validation samples whose reconstructions snapshots carry. */
  | {
      type: 'runStarted';
      dataset: DatasetShape;
      trainCount: number;
      previewInputs: Float32Array;
      previewLabels: Int32Array | null;
      previewCount: number;
    }
  /** Sent at most every ~100 ms: `trainLoss` is the mean over the batches since the previous progress (null if
   * none), `validation` holds the losses of the epochs completed meanwhile, `epoch` counts in fractions. */
  | {
      type: 'progress';
      step: number;
      epoch: number;
      trainLoss: number | null;
      /** The variant's part of `trainLoss` (β·KL, the L1 penalty), null for a plain or denoising model. */
      regularization: number | null;
      validation: { epoch: number; loss: number }[];
      samplesPerSecond: number | null;
      tensorCount: number;
    }
  /** The reconstructions of a page of validation samples (page 0 first). */
  | {
      type: 'snapshot';
      step: number;
      page: number;
      previewInputs: Float32Array;
      previewOutputs: Float32Array;
      /** For a denoising model: the corrupted inputs it was given (the outputs are their reconstructions). */
      previewNoisy: Float32Array | null;
      previewLabels: Int32Array | null;
      previewCount: number;
    }
  /** About once a second: the latent map, per-sample errors, code statistics and the worst reconstructions. */
  | {
      type: 'insights';
      step: number;
      /** The validation samples there are; the map and errors cover the first `errors.length` of them. */
      validationCount: number;
      xy: Float32Array;
      labels: Int32Array | null;
      axes: [number, number] | null;
      axisVariance: [number, number] | null;
      latentSize: number;
      errors: Float32Array;
      codeStats: { mean: Float32Array; min: Float32Array; max: Float32Array };
      worst: { indices: Int32Array; inputs: Float32Array; outputs: Float32Array };
      sparsity: SparsityReport | null;
    }
  /** PCA with as many components as the code has units, scored with the run's loss. */
  | {
      type: 'pcaBaseline';
      components: number;
      trainLoss: number;
      validationLoss: number;
      previewOutputs: Float32Array;
    }
  | { type: 'sampleInspection'; index: number; input: Float32Array; output: Float32Array }
  | { type: 'decodedImage'; purpose: 'mapPoint' | 'traversal'; output: Float32Array }
  | { type: 'generated'; kind: GenerationKind; side: number; outputs: Float32Array }
  | { type: 'interpolation'; from: number; to: number; frames: number; outputs: Float32Array }
  | {
      type: 'weights';
      kernel: Float32Array;
      inputs: number;
      units: number;
      unitImages: Float32Array;
      latentSize: number;
    }
  /** The run's latest state, for the page to keep (IndexedDB) and hand back after a reload or a crash. */
  | { type: 'checkpoint'; checkpoint: Checkpoint }
  /** Slow motion: the next step's batch, codes, reconstructions, loss and gradients, before the update. */
  | { type: 'stepInspection'; inspection: StepInspection }
  /** Slow motion: the step was applied; how far each layer moved. */
  | { type: 'stepUpdate'; update: StepUpdate }
  /** The model as TF.js files, or why there is none. */
  | {
      type: 'modelExport';
      result: { ok: true; modelJson: string; weights: ArrayBuffer } | { ok: false; error: Phrase };
    }
  /** How loading model files went: the settings they carry (sent before the run starts), or why they were refused. */
  | { type: 'modelImport'; result: { ok: true; settings: Settings } | { ok: false; error: Phrase } }
  | { type: 'finished'; evaluatedLoss: number }
  | { type: 'diverged'; message: string }
  | { type: 'error'; message: Phrase }
  | { type: 'uploadResult'; result: { ok: true; summary: UploadSummary } | { ok: false; error: Phrase } }
  | { type: 'datasetThumbnails'; thumbnails: Partial<Record<DatasetId, DatasetThumbnail>> }
  | { type: 'sampleReconstruction'; output: Float32Array | null; reason: Phrase | null }
  | { type: 'samplesAdded'; trainCount: number }
  /** The race's models are built; racers come in `raceOptimizers` order. */
  | { type: 'raceStarted'; backend: BackendName; racers: number }
  /** About every ~100 ms: each racer's losses since the previous one, and the race's pace over all racers. */
  | { type: 'raceProgress'; racers: RacerReport[]; samplesPerSecond: number | null }
  | { type: 'raceEnded'; outcome: 'finished' | 'stopped' | 'failed'; message: Phrase | null };

/** One racer's figures in a race progress message: `trainLoss` is the mean since the previous one. */
export interface RacerReport {
  index: number;
  step: number;
  epoch: number;
  trainLoss: number | null;
  validation: { epoch: number; loss: number }[];
  diverged: boolean;
  finished: boolean;
}

/** Fails to compile when a switch misses a case; throws if an unexpected value arrives anyway. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected message: ${JSON.stringify(value)}`);
}
