import { loseWebglContext, watchWebglContext, type BackendReport } from '../core/backend';
import { createTrainer, disposeTrainer, tensorCount } from '../core/run';
import type { Trainer } from '../core/train-loop';
import type { Dataset } from '../datasets/dataset';
import { datasetShape } from '../settings/datasets';
import type { BackendName } from '../settings/options';
import type { Checkpoint } from '../settings/run-state';
import { isSameRun, type Settings } from '../settings/schema';
import { BackendSelector } from './backend-selection';
import { handleAddSamples, handleReconstructSample, handleUpload } from './data-commands';
import { postModelExport, readModelFiles } from './model-files';
import { DataStore, type LoadedData } from './data-store';
import { assertNever, type FromWorker, type ToWorker, type TrainingPhase } from './protocol';
import { InsightService, PREVIEW_COUNT } from './insight-service';
import { postStepInspection, postStepUpdate } from './slow-motion';
import { interruptsRace, RaceRunner } from './race-runner';
import { datasetThumbnails } from './thumbnails';
import { Cadence } from './cadence';
import { SpeedMeter } from './speed-meter';
import { createYielder } from './yield';

/** Sends a message to the page, handing over the listed buffers. */
export type Post = (message: FromWorker, transfer?: Transferable[]) => void;

const PROGRESS_INTERVAL_MS = 100;
const READBACK_TIMEOUT_MS = 10_000;

interface Run {
  settings: Settings;
  trainer: Trainer;
}

/** The worker's side of training: owns the backend, the data tensors, the model and the loop, and answers
 * every message of the protocol. The loop yields a macrotask after each batch, so commands land between
 * batches. */
export class TrainingSession {
  private softwareWebgl = false;
  private testHooks = false;
  /** Backends that failed in this worker, and why: a recovery never goes back to them. */
  private readonly unusable = new Map<BackendName, string>();
  private lastCheckpoint: Checkpoint | null = null;
  /** Rejects when the active backend reports it is gone (a lost WebGL context): a readback racing it fails
   * instead of waiting for ever, and the loop fails over. */
  private backendLost: Promise<never> = new Promise<never>(() => undefined);
  private backend: BackendReport | null = null;
  private readonly backends = new BackendSelector();
  private data = new DataStore('./data/', (url) => fetch(url));
  private uploads = 0;
  private run: Run | null = null;
  private phase: TrainingPhase = 'idle';
  private loop: Promise<void> | null = null;
  private viewPage = 0;
  private stopRequested = false;
  private commands: Promise<void> = Promise.resolve();
  private readonly speed = new SpeedMeter();
  private readonly yieldToEventLoop = createYielder();
  // The views' work and the checkpoints run on their own cadence: often enough to look live, never more than
  // a few percent of the time, so training keeps the backend's pace.
  private readonly snapshots = new Cadence(500, 0.02);
  private readonly insightRuns = new Cadence(1000, 0.03);
  private readonly checkpoints = new Cadence(3000, 0.01);
  private readonly insights: InsightService;
  private readonly race: RaceRunner;

  private readonly post: Post;
  private readonly now: () => number;

  constructor(post: Post, now: () => number = () => performance.now()) {
    this.post = post;
    this.now = now;
    this.insights = new InsightService(post);
    this.race = new RaceRunner(post, (settings) => this.prepareRace(settings), now);
  }

  /** Queues a message; commands run one after another, while the training loop runs beside them. */
  handle(message: ToWorker): Promise<void> {
    this.commands = this.commands
      .then(() => this.dispatch(message))
      .catch((error: unknown) => this.fail(error));
    return this.commands;
  }

  /** Resolves when no command is queued and the loop has stopped. */
  async settled(): Promise<void> {
    await this.commands;
    await this.loop;
  }

  private async dispatch(message: ToWorker): Promise<void> {
    if (interruptsRace(message)) await this.race.stop();
    switch (message.type) {
      case 'init':
        this.softwareWebgl = message.softwareWebgl;
        this.testHooks = message.testHooks;
        this.data = new DataStore(message.dataUrl, (url) => fetch(url));
        return;
      case 'restore':
        await this.stopLoop();
        return this.restore(message.checkpoint);
      case 'debug':
        if (this.testHooks) this.debug(message.action);
        return;
      case 'start':
        await this.stopLoop();
        await this.ensureRun(message.settings);
        this.startLoop('end');
        return;
      case 'resume':
        await this.stopLoop();
        if (this.run && !this.isFinished(this.run)) this.startLoop('end');
        return;
      case 'pause':
        await this.stopLoop();
        return;
      case 'step':
        await this.stopLoop();
        await this.ensureRun(message.settings);
        if (message.unit === 'epoch') this.startLoop('epoch');
        else await this.stepOnce();
        return;
      case 'slowStep': {
        await this.stopLoop();
        await this.ensureRun(message.settings);
        const run = this.run;
        if (!run || this.isFinished(run)) return;
        if (message.stage === 'update') return this.stepOnce(() => postStepUpdate(run.trainer, this.post));
        await postStepInspection(run.trainer, run.settings, this.post);
        // A run built for this inspection has not been shown yet.
        if (this.phase === 'preparing') await this.pauseWithSnapshot(run);
        return;
      }
      case 'reset':
        await this.stopLoop();
        this.dropRun();
        this.setPhase('idle');
        return;
      case 'startRace':
        await this.stopLoop();
        this.dropRun();
        this.setPhase('idle');
        return this.race.start(message.settings);
      case 'stopRace':
        return;
      case 'updateLiveSettings':
        if (this.run && isSameRun(this.run.settings, message.settings)) {
          this.run.trainer.updateLiveSettings(message.settings);
          this.run.settings = message.settings;
        }
        return;
      case 'upload':
        return handleUpload(message.request, ++this.uploads, this.data, this.post);
      case 'describeDatasets':
        this.post({
          type: 'datasetThumbnails',
          thumbnails: await datasetThumbnails(message.settings, this.data),
        });
        return;
      case 'reconstructSample':
        return handleReconstructSample(message.values, this.run?.trainer ?? null, this.data, this.post);
      case 'addSamples': {
        const wasRunning = this.loop !== null;
        await this.stopLoop();
        handleAddSamples(message.values, message.labels, this.run?.trainer ?? null, this.data, this.post);
        if (wasRunning) this.startLoop('end');
        return;
      }
      case 'setViewOptions': {
        const pageChanged = message.options.previewPage !== this.viewPage;
        this.viewPage = message.options.previewPage;
        this.insights.setOptions(message.options);
        // A paused run answers at once; a running one shows the change at its next snapshot.
        if (!this.loop && this.run) {
          if (pageChanged) await this.insights.sendSnapshot();
          else await this.insights.sendInsights();
        }
        return;
      }
      case 'inspectSample':
      case 'decodeMapPoint':
      case 'decodeCodes':
      case 'interpolate':
      case 'requestWeights':
      case 'generate':
        return this.insights.answer(message);
      case 'exportModel':
        return postModelExport(this.run, this.post);
      case 'importModel':
        return this.importModel(message.modelJson, message.weights);
      default:
        assertNever(message);
    }
  }

  /** Keeps the current run when the settings allow it; otherwise builds a new one. */
  private async ensureRun(settings: Settings): Promise<void> {
    if (this.run && isSameRun(this.run.settings, settings)) {
      this.run.trainer.updateLiveSettings(settings);
      this.run.settings = settings;
      if (!this.isFinished(this.run)) return;
    }
    await this.buildRun(settings);
  }

  private async buildRun(settings: Settings): Promise<Run> {
    this.dropRun();
    this.lastCheckpoint = null;
    this.setPhase('preparing');
    const backend = await this.ensureBackend(settings);
    const data = await this.data.ensure(settings, this.reportLoading());
    const run = { settings, trainer: createTrainer(settings, data.tensors, backend.active, data.dataset) };
    this.run = run;
    this.insights.attach(run.trainer, data, backend.active);
    this.announceRun(data.dataset);
    return run;
  }

  /** The backend and the data set an optimizer race trains on, as a run would get them. */
  private async prepareRace(settings: Settings): Promise<{ backend: BackendName; data: LoadedData }> {
    const backend = await this.ensureBackend(settings);
    return { backend: backend.active, data: await this.data.ensure(settings, this.reportLoading()) };
  }

  /** Rebuilds a saved run and pauses it where it was, with its figures and views. */
  private async restore(checkpoint: Checkpoint): Promise<void> {
    const run = await this.buildRun(checkpoint.settings);
    await run.trainer.importState(checkpoint.state);
    this.lastCheckpoint = checkpoint;
    if (await this.sendProgress(run, null)) await this.pauseWithSnapshot(run);
  }

  /** Loads saved model files; a refused file leaves the current run as it was. */
  private async importModel(modelJson: string, weights: ArrayBuffer): Promise<void> {
    const reading = await readModelFiles(modelJson, weights);
    if (!reading.ok) return this.post({ type: 'modelImport', result: reading });
    await this.stopLoop();
    this.post({ type: 'modelImport', result: { ok: true, settings: reading.checkpoint.settings } });
    await this.restore(reading.checkpoint);
  }

  /** After the backend failed mid-run: marks it unusable, moves to the next backend of the chain, rebuilds the
   * run from its last checkpoint and carries on. Gives up (and says why) when there is no checkpoint. */
  private async recover(error: unknown, until: 'end' | 'epoch'): Promise<void> {
    const failed = this.backend?.active;
    const checkpoint = this.lastCheckpoint;
    if (!failed || !checkpoint) return this.fail(error);
    this.unusable.set(failed, `it failed during training (${messageOf(error)})`);
    // The failed backend may not even free its tensors; drop what can be dropped.
    this.forget();
    await this.restore(checkpoint);
    if (!this.stopRequested) this.startLoop(until);
  }

  private forget(): void {
    try {
      this.dropRun();
      this.data.drop();
    } catch {
      this.run = null;
    }
    this.backend = null;
  }

  /** Posts download progress at most every ~100 ms, and always the last figure. */
  private reportLoading(): (receivedBytes: number, totalBytes: number) => void {
    let lastPostMs = -Infinity;
    return (receivedBytes, totalBytes) => {
      const now = this.now();
      if (receivedBytes < totalBytes && now - lastPostMs < PROGRESS_INTERVAL_MS) return;
      lastPostMs = now;
      this.post({ type: 'loading', receivedBytes, totalBytes });
    };
  }

  private async ensureBackend(settings: Settings): Promise<BackendReport> {
    const shape = datasetShape(settings, this.data.upload?.shape ?? null);
    if (this.backend && this.backends.fits(this.backend, settings, shape)) return this.backend;
    this.dropRun();
    this.data.drop();
    this.backend = await this.backends.select(settings, shape, {
      softwareWebgl: this.softwareWebgl,
      unusable: this.unusable,
    });
    this.backendLost = new Promise<never>((_, reject) => {
      if (this.backend?.active === 'webgl')
        watchWebglContext(() => reject(new Error('the WebGL context was lost')));
    });
    this.backendLost.catch(() => undefined);
    this.post({ type: 'backend', ...this.backend });
    return this.backend;
  }

  private announceRun(dataset: Dataset): void {
    const previewCount = Math.min(PREVIEW_COUNT, dataset.validation.count);
    const previewInputs = dataset.validation.values.slice(0, previewCount * dataset.features);
    const previewLabels = dataset.validation.labels?.slice(0, previewCount) ?? null;
    const { features, kind, imageShape, classes } = dataset;
    this.post(
      {
        type: 'runStarted',
        dataset: { features, kind, imageShape, classes },
        trainCount: dataset.train.count,
        previewInputs,
        previewLabels,
        previewCount,
      },
      [previewInputs.buffer, ...(previewLabels ? [previewLabels.buffer] : [])],
    );
  }

  private startLoop(until: 'end' | 'epoch'): void {
    const run = this.run;
    if (!run) return;
    this.stopRequested = false;
    const loop: Promise<void> = this.trainLoop(run, until)
      .catch((error: unknown) => this.recover(error, until))
      .catch((error: unknown) => this.fail(error))
      .finally(() => {
        // A recovery starts a loop of its own; only the current loop clears the slot.
        if (this.loop === loop) this.loop = null;
      });
    this.loop = loop;
  }

  private async stopLoop(): Promise<void> {
    this.stopRequested = true;
    while (this.loop) await this.loop;
  }

  private async trainLoop(run: Run, until: 'end' | 'epoch'): Promise<void> {
    const trainer = run.trainer;
    this.setPhase(trainer.step === 0 ? 'compiling' : 'running');
    this.speed.clear();
    let lastProgress = this.now();
    this.insightRuns.reset();
    // The first batches of a run compile kernels (seconds on WebGL): leave them out of the speed.
    let measureSpeed = trainer.step > 0;
    while (!this.stopRequested) {
      trainer.trainBatch();
      const epochEnded = trainer.batchInEpoch === 0;
      const finished = this.isFinished(run);
      const now = this.now();
      if (finished || (until === 'epoch' && epochEnded) || now - lastProgress >= PROGRESS_INTERVAL_MS) {
        // The interval runs from one progress to the next, after the readback: on WebGL the batches only finish
        // there, and the views' work counts too, so the figure is the run's true pace.
        const healthy = await this.guarded(
          this.sendProgress(run, measureSpeed ? () => this.now() - lastProgress : null),
        );
        // Diverged: the views show the restored weights.
        if (!healthy) return this.publishViews(run);
        if (this.phase === 'compiling') this.setPhase('running');
        // Once training shows it runs, the PCA baseline is fitted (once per run) for the loss chart.
        if (measureSpeed) await this.guarded(this.insights.sendBaselineOnce(run.settings));
        measureSpeed = true;
        lastProgress = this.now();
      }
      if (finished) return this.finish(run);
      if (until === 'epoch' && epochEnded) return this.pauseWithSnapshot(run);
      await this.runDue(run, now);
      await this.yieldToEventLoop();
    }
    if (await this.guarded(this.sendProgress(run, null))) await this.guarded(this.pauseWithSnapshot(run));
  }

  /** Runs whichever of the snapshot, the insights and the checkpoint is due. */
  private async runDue(run: Run, now: number): Promise<void> {
    const clock = this.now;
    if (this.snapshots.due(now))
      await this.snapshots.run(() => this.guarded(this.insights.sendSnapshot()), clock);
    if (this.insightRuns.due(now))
      await this.insightRuns.run(() => this.guarded(this.insights.sendInsights()), clock);
    if (this.checkpoints.due(now))
      await this.checkpoints.run(() => this.guarded(this.sendCheckpoint(run)), clock);
  }

  /** A backend call that fails as soon as the backend is lost, rather than never settling. */
  private guarded<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, this.backendLost]);
  }

  private async pauseWithSnapshot(run: Run): Promise<void> {
    await this.publishViews(run);
    await this.sendCheckpoint(run);
    this.setPhase('paused');
  }

  /** Reads the run's state back and posts it for the page to keep. */
  private async sendCheckpoint(run: Run): Promise<void> {
    const checkpoint = { settings: run.settings, state: await run.trainer.exportState() };
    this.lastCheckpoint = checkpoint;
    this.post({ type: 'checkpoint', checkpoint });
  }

  private debug(action: 'crash' | 'loseWebglContext' | 'hang'): void {
    if (action === 'crash') {
      setTimeout(() => {
        // An uncaught error reaches the page as an error event; the worker then ends, as a crashed one would.
        queueMicrotask(() => (globalThis as { close?: () => void }).close?.());
        throw new Error('Simulated crash of the training worker');
      });
    } else if (action === 'loseWebglContext') {
      loseWebglContext();
    } else {
      // Blocks the worker for good, as an endless computation would.
      for (;;) this.now();
    }
  }

  /** Everything the views show: reconstructions, latent map and errors, and the run's PCA baseline. */
  private async publishViews(run: Run): Promise<void> {
    await this.insights.sendSnapshot();
    await this.insights.sendInsights();
    await this.insights.sendBaselineOnce(run.settings);
  }

  /** Trains one batch (with `train`, which slow motion replaces), reports it and pauses. */
  private async stepOnce(
    train: (trainer: Trainer) => void | Promise<void> = (trainer) => trainer.trainBatch(),
  ): Promise<void> {
    const run = this.run;
    if (!run || this.isFinished(run)) return;
    await train(run.trainer);
    if (!(await this.sendProgress(run, null))) return this.publishViews(run);
    if (this.isFinished(run)) return this.finish(run);
    await this.pauseWithSnapshot(run);
  }

  /** Reads the losses back and posts them; on a non-finite loss, restores the last good weights, pauses and
   * says so. Returns whether training may go on. `elapsedMs` gives the time since the previous progress once
   * the losses are read, when it counts towards the speed. */
  private async sendProgress(run: Run, elapsedMs: (() => number) | null): Promise<boolean> {
    const trainer = run.trainer;
    // A lost GPU never answers a readback; waiting for ever would hang the run instead of failing over.
    const losses = await withTimeout(trainer.collect(), READBACK_TIMEOUT_MS, 'the backend stopped answering');
    const diverged = losses.samples > 0 && !Number.isFinite(losses.trainLoss);
    if (elapsedMs !== null && losses.samples > 0) this.speed.add(losses.samples, elapsedMs());
    this.post({
      type: 'progress',
      step: trainer.step,
      epoch: trainer.epochProgress,
      trainLoss: losses.samples > 0 ? losses.trainLoss : null,
      regularization: losses.samples > 0 ? losses.regularization : null,
      validation: losses.validation,
      samplesPerSecond: this.speed.samplesPerSecond(),
      tensorCount: tensorCount(),
    });
    if (!diverged) return true;
    trainer.restoreLastGoodWeights();
    this.post({ type: 'diverged', message: divergenceAdvice(run.settings) });
    this.setPhase('diverged');
    return false;
  }

  private async finish(run: Run): Promise<void> {
    await this.publishViews(run);
    await this.sendCheckpoint(run);
    // As the tutorial does with model.evaluate(x_train, x_train): the loss over the whole training set.
    this.post({ type: 'finished', evaluatedLoss: await run.trainer.evaluate('train') });
    this.setPhase('done');
  }

  private isFinished(run: Run): boolean {
    return run.trainer.epoch >= run.settings.epochs;
  }

  private dropRun(): void {
    this.insights.detach();
    if (this.run) disposeTrainer(this.run.trainer);
    this.run = null;
  }

  private setPhase(phase: TrainingPhase): void {
    if (phase === this.phase) return;
    this.phase = phase;
    this.post({ type: 'phase', phase });
  }

  private fail(error: unknown): void {
    this.post({ type: 'error', message: messageOf(error) });
    this.setPhase(this.run ? 'paused' : 'idle');
  }
}

/** Resolves as the promise does, or rejects with `reason` after `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number, reason: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(reason)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function divergenceAdvice(settings: Settings): string {
  const advice = [`lower the learning rate (now ${settings.learningRate})`];
  if (settings.clipping === 'none') advice.push('turn on gradient clipping');
  if (settings.loss !== 'binaryCrossentropy') advice.push('try another loss');
  return `The loss became infinite or NaN, so training paused and the weights went back to their last finite state. Try to ${advice.join(', or ')}.`;
}
