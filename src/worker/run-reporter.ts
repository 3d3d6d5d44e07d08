import { tensorCount } from '../core/run';
import type { Trainer } from '../core/train-loop';
import type { Dataset } from '../datasets/dataset';
import { phrase, phraseOf } from '../settings/phrases';
import type { Checkpoint } from '../settings/run-state';
import type { Settings } from '../settings/schema';
import type { InsightService } from './insight-service';
import { PREVIEW_COUNT } from './insight-service';
import type { FromWorker, TrainingPhase } from './protocol';
import { SpeedMeter } from './speed-meter';
import { withTimeout } from './with-timeout';

/** Sends a message to the page, handing over the listed buffers. */
export type Post = (message: FromWorker, transfer?: Transferable[]) => void;

/** A run: its settings and the trainer that holds its model. */
export interface Run {
  settings: Settings;
  trainer: Trainer;
}

export const PROGRESS_INTERVAL_MS = 100;
const READBACK_TIMEOUT_MS = 10_000;

/** Whether a run has trained all its epochs. */
export function isFinished(run: Run): boolean {
  return run.trainer.epoch >= run.settings.epochs;
}

/** Tells the page how a run goes: its phase, progress and speed, checkpoints, views, its end, and failures. */
export class RunReporter {
  readonly speed = new SpeedMeter();
  /** The last checkpoint sent: where a failed-over run starts again. */
  lastCheckpoint: Checkpoint | null = null;
  private currentPhase: TrainingPhase = 'idle';
  private readonly post: Post;
  private readonly now: () => number;
  private readonly insights: InsightService;

  constructor(post: Post, now: () => number, insights: InsightService) {
    this.post = post;
    this.now = now;
    this.insights = insights;
  }

  get phase(): TrainingPhase {
    return this.currentPhase;
  }

  setPhase(phase: TrainingPhase): void {
    if (phase === this.currentPhase) return;
    this.currentPhase = phase;
    this.post({ type: 'phase', phase });
  }

  /** Reads the losses back and posts them; on a non-finite loss, restores the last good weights, pauses and
   * says so. Returns whether training may go on. `elapsedMs` gives the time since the previous progress once
   * the losses are read, when it counts towards the speed. */
  async sendProgress(run: Run, elapsedMs: (() => number) | null): Promise<boolean> {
    const trainer = run.trainer;
    // A lost GPU never answers a readback; waiting for ever would hang the run instead of failing over.
    const losses = await withTimeout(trainer.collect(), READBACK_TIMEOUT_MS, phrase('run.notAnswering'));
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

  /** Reads the run's state back and posts it for the page to keep. */
  async sendCheckpoint(run: Run): Promise<void> {
    const checkpoint = { settings: run.settings, state: await run.trainer.exportState() };
    this.lastCheckpoint = checkpoint;
    this.post({ type: 'checkpoint', checkpoint });
  }

  /** Everything the views show: reconstructions, latent map and errors, and the run's PCA baseline. */
  async publishViews(run: Run): Promise<void> {
    await this.insights.sendSnapshot();
    await this.insights.sendInsights();
    await this.insights.sendBaselineOnce(run.settings);
  }

  async pauseWithSnapshot(run: Run): Promise<void> {
    await this.publishViews(run);
    await this.sendCheckpoint(run);
    this.setPhase('paused');
  }

  async finish(run: Run): Promise<void> {
    await this.publishViews(run);
    await this.sendCheckpoint(run);
    // As the tutorial does with model.evaluate(x_train, x_train): the loss over the whole training set.
    this.post({ type: 'finished', evaluatedLoss: await run.trainer.evaluate('train') });
    this.setPhase('done');
  }

  /** Tells the page a new run's data: its shape and the validation samples the snapshots reconstruct. */
  announceRun(dataset: Dataset): void {
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

  /** Posts download progress at most every ~100 ms, and always the last figure. */
  reportLoading(): (receivedBytes: number, totalBytes: number) => void {
    let lastPostMs = -Infinity;
    return (receivedBytes, totalBytes) => {
      const now = this.now();
      if (receivedBytes < totalBytes && now - lastPostMs < PROGRESS_INTERVAL_MS) return;
      lastPostMs = now;
      this.post({ type: 'loading', receivedBytes, totalBytes });
    };
  }

  /** Says what went wrong; a run stays, paused, to be continued. */
  fail(error: unknown, hasRun: boolean): void {
    this.post({ type: 'error', message: phraseOf(error) });
    this.setPhase(hasRun ? 'paused' : 'idle');
  }
}

function divergenceAdvice(settings: Settings): string {
  const advice = [`lower the learning rate (now ${settings.learningRate})`];
  if (settings.clipping === 'none') advice.push('turn on gradient clipping');
  if (settings.loss !== 'binaryCrossentropy') advice.push('try another loss');
  return `The loss became infinite or NaN, so training paused and the weights went back to their last finite state. Try to ${advice.join(', or ')}.`;
}
