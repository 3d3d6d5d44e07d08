import { datasetShape } from '../settings/datasets';
import { estimateResources, judgeResources } from '../settings/resources';
import { isSameRun, type Settings } from '../settings/schema';
import type { Checkpoint } from '../settings/run-state';
import type { FromWorker, ToWorker, UploadRequest, ViewOptions } from '../worker/protocol';
import { curvePoints, type LossHistory } from './loss-history';
import { initialViewsState, reduceViews, type ViewsState } from './views-state';
import { createLearn, type Learn } from './learn';
import { initialDataState, reduceData, type DataState } from './data-state';
import { createRunList, type RunList } from './run-list-store';
import { createSettingsStore, type SettingsStore } from './settings-store';
import { createStore, type Store } from './store';
import { clearRun, initialTrainingState, reduceTraining, type TrainingState } from './training-state';
import { phrase, type Phrase } from '../settings/phrases';

/** What the playground needs from a worker connection. */
export interface WorkerConnection {
  send: (message: ToWorker) => void;
  terminate: () => void;
}

/** A run as kept across reloads: its checkpoint and the loss history drawn so far. */
export interface SavedRun {
  checkpoint: Checkpoint;
  history: LossHistory;
}

/** The page's state and the actions the controls call. */
export interface Playground {
  settings: SettingsStore;
  training: Store<TrainingState>;
  data: Store<DataState>;
  views: Store<ViewsState>;
  viewOptions: Store<ViewOptions>;
  /** The run's latest checkpoint, as the worker last posted it. */
  checkpoint: Store<Checkpoint | null>;
  /** The step of the last checkpoint kept in the browser's storage, once one is. */
  savedStep: Store<number | null>;
  /** The Learn panel and slow motion. */
  learn: Learn;
  /** The kept runs (A/B tests and the optimizer race included) and the actions on them. */
  runs: RunList;
  /** Starts a run, or resumes the paused one. */
  train: () => void;
  pause: () => void;
  step: (unit: 'batch' | 'epoch') => void;
  /** Drops the run: weights, optimizer state, chart and counters. */
  reset: () => void;
  dismissNotice: () => void;
  /** Sends the user's files to the worker to parse. */
  upload: (request: UploadRequest) => void;
  /** Asks the worker for previews of the data sets. */
  requestThumbnails: () => void;
  /** Asks the current model to reconstruct one sample (a drawing). */
  reconstructSample: (values: Float32Array) => void;
  /** Adds samples (drawings) to the run's training set. */
  addSamples: (values: Float32Array, labels: Int32Array | null) => void;
  /** Changes which map axes and which page of reconstructions the worker computes. */
  setViewOptions: (options: Partial<ViewOptions>) => void;
  /** Asks the worker a question about the current model on behalf of a view. */
  ask: (
    request: Extract<
      ToWorker,
      {
        type:
          'inspectSample' | 'decodeMapPoint' | 'decodeCodes' | 'interpolate' | 'requestWeights' | 'generate';
      }
    >,
  ) => void;
  /** Rebuilds a saved run in the worker and shows its history; it waits, paused, for Train. */
  restore: (saved: SavedRun) => void;
  /** Has the worker start the backend and load the data set now, so that Train's first step comes at once. */
  prepare: () => void;
  /** Tells the user the worker stopped; nothing more is sent to it. */
  reportCrash: (reason: Phrase) => void;
  /** Starts a new worker and puts the last checkpoint back into it. */
  restart: () => void;
  /** When the worker last said anything (ms since the epoch): a silent busy worker has hung. */
  lastHeardAt: () => number;
  /** Calls `listener` with every message from the worker; returns the function that stops it. */
  listen: (listener: (message: FromWorker) => void) => () => void;
  /** Asks the worker for the model as TF.js files (a `modelExport` message). */
  exportModel: () => void;
  /** Sends saved model files to the worker (a `modelImport` message says how it went); on success the
   * settings become the model's and its run waits, paused, for Train. */
  importModel: (modelJson: string, weights: ArrayBuffer) => void;
  /** Feeds a worker message into the training state. */
  receive: (message: FromWorker) => void;
}

/** Wires the stores to a worker connection. A change to a live setting reaches the running model; a change
 * to any other setting ends the run, as a new model would be needed. */
export function createPlayground(
  initialSettings: Settings,
  connect: (playground: Playground) => WorkerConnection,
): Playground {
  const settings = createSettingsStore(initialSettings);
  const training = createStore(initialTrainingState);
  const data = createStore(initialDataState);
  const views = createStore(initialViewsState);
  const viewOptions = createStore<ViewOptions>({ latentAxes: [0, 1], previewPage: 0 });
  const checkpoint = createStore<Checkpoint | null>(null);
  const savedStep = createStore<number | null>(null);
  const learn = createLearn(
    (stage) => affordable() && (send({ type: 'slowStep', stage, settings: current() }), true),
  );
  let pendingHistory: LossHistory | null = null;
  let lastHeardAt = Date.now();
  const listeners = new Set<(message: FromWorker) => void>();
  let previous = initialSettings;
  let connection: WorkerConnection | null = null;
  const send = (message: ToWorker) => connection?.send(message);
  const runs = createRunList({
    settings,
    training,
    send,
    reset: () => playground.reset(),
    train: () => playground.train(),
  });
  const current = () => settings.get().settings;
  const hasRun = () => training.get().phase !== 'idle';
  /** Why a new run of the current settings is too large for the tab; null when it fits. */
  const refusal = () => {
    const features = datasetShape(current(), data.get().upload?.shape ?? null).features;
    const verdict = judgeResources(estimateResources(current(), features));
    return verdict.level === 'refuse' ? verdict.message : null;
  };
  /** Refuses a new run too large for the tab, saying why; true when it may start. */
  const affordable = () => {
    if (hasRun() && training.get().phase !== 'done') return true;
    const message = refusal();
    if (message === null) return true;
    training.set({ ...training.get(), notice: { kind: 'error', message } });
    return false;
  };

  const playground: Playground = {
    settings,
    training,
    data,
    views,
    viewOptions,
    checkpoint,
    savedStep,
    learn,
    runs,
    train() {
      if (training.get().crashed) {
        playground.restart();
        return;
      }
      const { phase } = training.get();
      if (phase === 'paused' || phase === 'diverged') send({ type: 'start', settings: current() });
      else if (phase === 'idle' || phase === 'done') {
        training.set({ ...training.get(), notice: null });
        if (affordable()) send({ type: 'start', settings: current() });
      }
    },
    pause: () => send({ type: 'pause' }),
    step(unit) {
      if (affordable()) send({ type: 'step', unit, settings: current() });
    },
    reset() {
      send({ type: 'reset' });
      training.set({ ...clearRun(training.get()), phase: 'idle' });
      views.set(initialViewsState);
      checkpoint.set(null);
    },
    restore(saved) {
      pendingHistory = saved.history;
      checkpoint.set(saved.checkpoint);
      send({ type: 'restore', checkpoint: saved.checkpoint });
    },
    prepare() {
      // A run the tab cannot afford loads nothing either.
      if (refusal() === null) send({ type: 'prepare', settings: current() });
    },
    reportCrash(reason) {
      const message = phrase('crash.stopped', { reason });
      training.set({ ...training.get(), crashed: true, phase: 'idle', notice: { kind: 'crash', message } });
    },
    restart() {
      connection?.terminate();
      const history = training.get().history;
      training.set({ ...clearRun(training.get()), phase: 'idle', crashed: false });
      views.set(initialViewsState);
      lastHeardAt = Date.now();
      connection = connect(playground);
      const saved = checkpoint.get();
      if (saved) playground.restore({ checkpoint: saved, history });
    },
    lastHeardAt: () => lastHeardAt,
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    exportModel: () => send({ type: 'exportModel' }),
    importModel: (modelJson, weights) => send({ type: 'importModel', modelJson, weights }),
    dismissNotice: () => training.set({ ...training.get(), notice: null }),
    upload(request) {
      data.set({ ...data.get(), uploading: true, uploadError: null });
      send({ type: 'upload', request });
    },
    requestThumbnails: () => send({ type: 'describeDatasets', settings: current() }),
    reconstructSample: (values) => send({ type: 'reconstructSample', values }),
    addSamples: (values, labels) => send({ type: 'addSamples', values, labels }),
    setViewOptions(options) {
      viewOptions.set({ ...viewOptions.get(), ...options });
      send({ type: 'setViewOptions', options: viewOptions.get() });
    },
    ask: (request) => send(request),
    receive(message) {
      lastHeardAt = Date.now();
      for (const listener of listeners) listener(message);
      if (message.type === 'modelImport' && message.result.ok) {
        // The worker builds the model's run next: taking its settings must not reset that run.
        previous = message.result.settings;
        settings.replace(message.result.settings);
      }
      if (message.type === 'checkpoint') {
        checkpoint.set(message.checkpoint);
        return;
      }
      training.set(reduceTraining(training.get(), message));
      learn.receive(message);
      if (message.type === 'runStarted' && pendingHistory) {
        const validationLoss = curvePoints(pendingHistory.validation).at(-1)?.loss ?? null;
        training.set({ ...training.get(), history: pendingHistory, validationLoss });
        pendingHistory = null;
      }
      data.set(reduceData(data.get(), message));
      runs.receive(message);
      if (training.get().runOpen) views.set(reduceViews(views.get(), message));
      if (message.type === 'runStarted') views.set(initialViewsState);
    },
  };

  settings.subscribe(() => {
    const next = current();
    if (next === previous) return;
    const sameRun = isSameRun(previous, next);
    previous = next;
    if (sameRun) send({ type: 'updateLiveSettings', settings: next });
    else if (hasRun()) playground.reset();
  });
  connection = connect(playground);
  return playground;
}
