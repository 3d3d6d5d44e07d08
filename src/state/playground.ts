import { isSameRun, type Settings } from '../settings/schema';
import type { FromWorker, ToWorker, UploadRequest, ViewOptions } from '../worker/protocol';
import { initialViewsState, reduceViews, type ViewsState } from './views-state';
import { initialDataState, reduceData, type DataState } from './data-state';
import { createSettingsStore, type SettingsStore } from './settings-store';
import { createStore, type Store } from './store';
import { clearRun, initialTrainingState, reduceTraining, type TrainingState } from './training-state';

/** What the playground needs from a worker connection. */
export interface WorkerConnection {
  send: (message: ToWorker) => void;
}

/** The page's state and the actions the controls call. */
export interface Playground {
  settings: SettingsStore;
  training: Store<TrainingState>;
  data: Store<DataState>;
  views: Store<ViewsState>;
  viewOptions: Store<ViewOptions>;
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
      { type: 'inspectSample' | 'decodeMapPoint' | 'decodeCodes' | 'interpolate' | 'requestWeights' }
    >,
  ) => void;
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
  let previous = initialSettings;
  let connection: WorkerConnection | null = null;
  const send = (message: ToWorker) => connection?.send(message);
  const current = () => settings.get().settings;
  const hasRun = () => training.get().phase !== 'idle';

  const playground: Playground = {
    settings,
    training,
    data,
    views,
    viewOptions,
    train() {
      const { phase } = training.get();
      if (phase === 'paused' || phase === 'diverged') send({ type: 'start', settings: current() });
      else if (phase === 'idle' || phase === 'done') {
        training.set({ ...training.get(), notice: null });
        send({ type: 'start', settings: current() });
      }
    },
    pause: () => send({ type: 'pause' }),
    step: (unit) => send({ type: 'step', unit, settings: current() }),
    reset() {
      send({ type: 'reset' });
      training.set({ ...clearRun(training.get()), phase: 'idle' });
      views.set(initialViewsState);
    },
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
      training.set(reduceTraining(training.get(), message));
      data.set(reduceData(data.get(), message));
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
