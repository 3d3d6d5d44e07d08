import type { BackendProbe } from '../settings/backend-probe';
import type { DatasetShape } from '../settings/datasets';
import type { BackendChoice, BackendName } from '../settings/options';
import { phrase, type Phrase } from '../settings/phrases';
import type { FromWorker, TrainingPhase } from '../worker/protocol';
import { appendPoints, emptyHistory, type LossHistory } from './loss-history';

/** The backend in use and why the ones before it were passed over. */
export interface BackendStatus {
  active: BackendName;
  requested: BackendChoice;
  fallbacks: readonly { backend: BackendName; reason: Phrase }[];
  description: Phrase;
  /** What the "auto" backend's speed probe measured; null for a backend chosen by name. */
  probe: BackendProbe | null;
}

/** The samples shown in the reconstruction view and, once a snapshot came, their reconstructions. */
export interface Preview {
  dataset: DatasetShape;
  count: number;
  inputs: Float32Array;
  labels: Int32Array | null;
  outputs: Float32Array | null;
  /** A denoising model's corrupted inputs, which the outputs reconstruct. */
  noisy: Float32Array | null;
  /** The step the outputs come from. */
  step: number;
  /** Which page of validation samples (8 per page) is shown. */
  page: number;
}

/** A message for the user about training, shown until it is dismissed or a new run starts. */
export interface TrainingNotice {
  kind: 'diverged' | 'error' | 'crash';
  message: Phrase;
}

/** Everything the page shows about training. */
export interface TrainingState {
  /** False from a reset until the worker announces the next run: messages of the dropped run still in
   * flight are ignored. */
  runOpen: boolean;
  /** The worker stopped (crashed, killed, hung); the page waits for Restart. */
  crashed: boolean;
  phase: TrainingPhase;
  step: number;
  epoch: number;
  trainLoss: number | null;
  validationLoss: number | null;
  samplesPerSecond: number | null;
  tensorCount: number | null;
  evaluatedLoss: number | null;
  backend: BackendStatus | null;
  /** Download progress while a data set loads. */
  loading: { receivedBytes: number; totalBytes: number } | null;
  /** Samples in the run's training set (drawings added included). */
  trainCount: number | null;
  history: LossHistory;
  preview: Preview | null;
  notice: TrainingNotice | null;
}

export const initialTrainingState: TrainingState = {
  runOpen: false,
  crashed: false,
  phase: 'idle',
  step: 0,
  epoch: 0,
  trainLoss: null,
  validationLoss: null,
  samplesPerSecond: null,
  tensorCount: null,
  evaluatedLoss: null,
  backend: null,
  loading: null,
  trainCount: null,
  history: emptyHistory,
  preview: null,
  notice: null,
};

const phasesWithoutRun: readonly TrainingPhase[] = ['idle', 'preparing'];

/** The state after a message from the worker. */
export function reduceTraining(state: TrainingState, message: FromWorker): TrainingState {
  if (!state.runOpen && !concernsNextRun(message)) return state;
  switch (message.type) {
    case 'backend': {
      const { active, requested, fallbacks, description, probe } = message;
      return { ...state, backend: { active, requested, fallbacks, description, probe } };
    }
    case 'phase':
      return {
        ...state,
        phase: message.phase,
        loading: message.phase === 'preparing' ? state.loading : null,
      };
    case 'loading':
      return { ...state, loading: { receivedBytes: message.receivedBytes, totalBytes: message.totalBytes } };
    case 'samplesAdded':
      return { ...state, trainCount: message.trainCount };
    case 'runStarted':
      return {
        ...clearRun(state),
        runOpen: true,
        trainCount: message.trainCount,
        preview: {
          dataset: message.dataset,
          count: message.previewCount,
          inputs: message.previewInputs,
          labels: message.previewLabels,
          outputs: null,
          noisy: null,
          step: 0,
          page: 0,
        },
      };
    case 'progress':
      return applyProgress(state, message);
    case 'snapshot':
      return state.preview
        ? {
            ...state,
            preview: {
              ...state.preview,
              inputs: message.previewInputs,
              outputs: message.previewOutputs,
              noisy: message.previewNoisy,
              labels: message.previewLabels,
              count: message.previewCount,
              step: message.step,
              page: message.page,
            },
          }
        : state;
    case 'finished':
      return { ...state, evaluatedLoss: message.evaluatedLoss };
    case 'diverged':
      // The worker's English advice; other languages word it again from the settings (TrainingNotice.tsx).
      return { ...state, notice: { kind: 'diverged', message: phrase('raw', { text: message.message }) } };
    case 'error':
      return { ...state, notice: { kind: 'error', message: message.message } };
    case 'uploadResult':
    case 'datasetThumbnails':
    case 'sampleReconstruction':
    case 'insights':
    case 'pcaBaseline':
    case 'sampleInspection':
    case 'decodedImage':
    case 'interpolation':
    case 'weights':
    case 'stepInspection':
    case 'stepUpdate':
    case 'generated':
    case 'modelExport':
    case 'modelImport':
    case 'checkpoint':
    case 'raceStarted':
    case 'raceProgress':
    case 'raceEnded':
      return state;
  }
}

function applyProgress(
  state: TrainingState,
  message: Extract<FromWorker, { type: 'progress' }>,
): TrainingState {
  const trainPoints = message.trainLoss === null ? [] : [{ epoch: message.epoch, loss: message.trainLoss }];
  const validationPoints = message.validation.map((entry) => ({ epoch: entry.epoch, loss: entry.loss }));
  const regularizationPoints =
    message.regularization === null ? [] : [{ epoch: message.epoch, loss: message.regularization }];
  return {
    ...state,
    step: message.step,
    epoch: message.epoch,
    trainLoss: message.trainLoss ?? state.trainLoss,
    validationLoss: validationPoints.at(-1)?.loss ?? state.validationLoss,
    samplesPerSecond: message.samplesPerSecond ?? state.samplesPerSecond,
    tensorCount: message.tensorCount,
    history: {
      train: appendPoints(state.history.train, trainPoints),
      validation: appendPoints(state.history.validation, validationPoints),
      regularization: appendPoints(state.history.regularization, regularizationPoints),
    },
  };
}

function concernsNextRun(message: FromWorker): boolean {
  if (message.type === 'phase') return phasesWithoutRun.includes(message.phase);
  const independent: readonly FromWorker['type'][] = [
    'backend',
    'runStarted',
    'error',
    'loading',
    'uploadResult',
    'datasetThumbnails',
    'sampleReconstruction',
  ];
  return independent.includes(message.type);
}

/** Whether the run's figures are at rest (not training): a view throttled while training shows them at once. */
export const isTrainingSettled = (state: TrainingState): boolean => state.phase !== 'running';

/** Forgets the run's figures and ignores its messages still in flight; keeps the backend, which outlives runs. */
export function clearRun(state: TrainingState): TrainingState {
  return { ...initialTrainingState, backend: state.backend, phase: state.phase, crashed: state.crashed };
}
