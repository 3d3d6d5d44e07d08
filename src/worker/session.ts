import { createTrainer, disposeTrainer } from '../core/run';
import type { Trainer } from '../core/train-loop';
import { datasetShape } from '../settings/datasets';
import type { BackendName } from '../settings/options';
import { phrase, phraseOf } from '../settings/phrases';
import type { Checkpoint } from '../settings/run-state';
import { isSameRun, type Settings } from '../settings/schema';
import { BackendKeeper } from './backend-keeper';
import { handleAddSamples, handleReconstructSample, handleUpload } from './data-commands';
import { postModelExport, readModelFiles } from './model-files';
import { DataStore, type LoadedData } from './data-store';
import { assertNever, type ToWorker } from './protocol';
import { InsightService } from './insight-service';
import { postStepInspection, postStepUpdate } from './slow-motion';
import { interruptsRace, RaceRunner } from './race-runner';
import { isFinished, RunReporter, type Post, type Run } from './run-reporter';
import { runTestHook } from './test-hooks';
import { datasetThumbnails } from './thumbnails';
import { TrainingLoop, type LoopEnd } from './training-loop';

export type { Post } from './run-reporter';

/** The worker's side of training: owns the backend, the data tensors, the model and the loop, and answers
 * every message of the protocol. The loop yields a macrotask every few milliseconds, so commands land between
 * batches. */
export class TrainingSession {
  private testHooks = false;
  private readonly backend: BackendKeeper;
  private data = new DataStore('./data/', (url) => fetch(url));
  private uploads = 0;
  private run: Run | null = null;
  private viewPage = 0;
  private commands: Promise<void> = Promise.resolve();
  private readonly insights: InsightService;
  private readonly reporter: RunReporter;
  private readonly loop: TrainingLoop;
  private readonly race: RaceRunner;

  private readonly post: Post;
  private readonly now: () => number;

  constructor(post: Post, now: () => number = () => performance.now()) {
    this.post = post;
    this.now = now;
    this.backend = new BackendKeeper(post);
    this.insights = new InsightService(post, now);
    this.reporter = new RunReporter(post, now, this.insights);
    this.loop = new TrainingLoop(this.reporter, this.insights, now, {
      guarded: (work) => this.backend.guarded(work),
      recover: (error, until) => this.recover(error, until),
      fail: (error) => this.fail(error),
    });
    this.race = new RaceRunner(post, (settings) => this.backendAndData(settings), now);
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
    await this.loop.ended();
  }

  private async dispatch(message: ToWorker): Promise<void> {
    if (interruptsRace(message)) await this.race.stop();
    switch (message.type) {
      case 'init':
        this.backend.softwareWebgl = message.softwareWebgl;
        this.testHooks = message.testHooks;
        this.data = new DataStore(message.dataUrl, (url) => fetch(url));
        return;
      case 'restore':
        await this.loop.stop();
        return this.restore(message.checkpoint);
      case 'debug':
        if (this.testHooks) runTestHook(message.action, this.now);
        return;
      case 'start':
        await this.loop.stop();
        await this.ensureRun(message.settings);
        this.loop.start(this.run, 'end');
        return;
      case 'resume':
        await this.loop.stop();
        if (this.run && !isFinished(this.run)) this.loop.start(this.run, 'end');
        return;
      case 'pause':
        await this.loop.stop();
        return;
      case 'step':
        await this.loop.stop();
        await this.ensureRun(message.settings);
        if (message.unit === 'epoch') this.loop.start(this.run, 'epoch');
        else await this.stepOnce();
        return;
      case 'slowStep': {
        await this.loop.stop();
        await this.ensureRun(message.settings);
        const run = this.run;
        if (!run || isFinished(run)) return;
        if (message.stage === 'update') return this.stepOnce(() => postStepUpdate(run.trainer, this.post));
        await postStepInspection(run.trainer, run.settings, this.post);
        // A run built for this inspection has not been shown yet.
        if (this.reporter.phase === 'preparing') await this.reporter.pauseWithSnapshot(run);
        return;
      }
      case 'prepare':
        return this.prepare(message.settings);
      case 'reset':
        await this.loop.stop();
        this.dropRun();
        this.reporter.setPhase('idle');
        return;
      case 'startRace':
        await this.loop.stop();
        this.dropRun();
        this.reporter.setPhase('idle');
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
        const wasRunning = this.loop.running;
        await this.loop.stop();
        handleAddSamples(message.values, message.labels, this.run?.trainer ?? null, this.data, this.post);
        if (wasRunning) this.loop.start(this.run, 'end');
        return;
      }
      case 'setViewOptions': {
        const pageChanged = message.options.previewPage !== this.viewPage;
        this.viewPage = message.options.previewPage;
        this.insights.setOptions(message.options);
        // A paused run answers at once; a running one shows the change at its next snapshot.
        if (!this.loop.running && this.run) {
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
      if (!isFinished(this.run)) return;
    }
    await this.buildRun(settings);
  }

  private async buildRun(settings: Settings): Promise<Run> {
    this.dropRun();
    this.reporter.lastCheckpoint = null;
    this.reporter.setPhase('preparing');
    const { backend, data } = await this.backendAndData(settings);
    const run = { settings, trainer: createTrainer(settings, data.tensors, backend, data.dataset) };
    this.run = run;
    this.insights.attach(run.trainer, data, backend);
    this.reporter.announceRun(data.dataset);
    return run;
  }

  /** Starts the backend and loads the data ahead of the first run; Train meets any failure again. */
  private async prepare(settings: Settings): Promise<void> {
    if (this.run || this.loop.running) return;
    await this.backendAndData(settings).catch(() => undefined);
  }

  /** The backend and the data set a run or an optimizer race trains on. */
  private async backendAndData(settings: Settings): Promise<{ backend: BackendName; data: LoadedData }> {
    const onProgress = this.reporter.reportLoading();
    // The download runs while the backend starts (a WebGL context alone can take most of a second).
    this.data.prefetch(settings, onProgress);
    const shape = datasetShape(settings, this.data.upload?.shape ?? null);
    const backend = await this.backend.ensure(settings, shape, () => {
      this.dropRun();
      this.data.drop();
    });
    return { backend: backend.active, data: await this.data.ensure(settings, onProgress) };
  }

  /** Rebuilds a saved run and pauses it where it was, with its figures and views. */
  private async restore(checkpoint: Checkpoint): Promise<void> {
    const run = await this.buildRun(checkpoint.settings);
    await run.trainer.importState(checkpoint.state);
    this.reporter.lastCheckpoint = checkpoint;
    if (await this.reporter.sendProgress(run, null)) await this.reporter.pauseWithSnapshot(run);
  }

  /** Loads saved model files; a refused file leaves the current run as it was. */
  private async importModel(modelJson: string, weights: ArrayBuffer): Promise<void> {
    const reading = await readModelFiles(modelJson, weights);
    if (!reading.ok) return this.post({ type: 'modelImport', result: reading });
    await this.loop.stop();
    this.post({ type: 'modelImport', result: { ok: true, settings: reading.checkpoint.settings } });
    await this.restore(reading.checkpoint);
  }

  /** After the backend failed mid-run: marks it unusable, moves to the next backend of the chain, rebuilds the
   * run from its last checkpoint and carries on. Gives up (and says why) when there is no checkpoint. */
  private async recover(error: unknown, until: LoopEnd): Promise<void> {
    const failed = this.backend.active;
    const checkpoint = this.reporter.lastCheckpoint;
    if (!failed || !checkpoint) return this.fail(error);
    this.backend.markUnusable(failed, phrase('backend.failedInTraining', { reason: phraseOf(error) }));
    // The failed backend may not even free its tensors; drop what can be dropped.
    this.forget();
    await this.restore(checkpoint);
    if (!this.loop.stopping) this.loop.start(this.run, until);
  }

  private forget(): void {
    try {
      this.dropRun();
      this.data.drop();
    } catch {
      this.run = null;
    }
    this.backend.forget();
  }

  /** Trains one batch (with `train`, which slow motion replaces), reports it and pauses. */
  private async stepOnce(
    train: (trainer: Trainer) => void | Promise<void> = (trainer) => trainer.trainBatch(),
  ): Promise<void> {
    const run = this.run;
    if (!run || isFinished(run)) return;
    await train(run.trainer);
    if (!(await this.reporter.sendProgress(run, null))) return this.reporter.publishViews(run);
    if (isFinished(run)) return this.reporter.finish(run);
    await this.reporter.pauseWithSnapshot(run);
  }

  private dropRun(): void {
    this.insights.detach();
    if (this.run) disposeTrainer(this.run.trainer);
    this.run = null;
  }

  private fail(error: unknown): void {
    this.reporter.fail(error, this.run !== null);
  }
}
