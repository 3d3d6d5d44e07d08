import { Cadence } from './cadence';
import type { InsightService } from './insight-service';
import { isFinished, PROGRESS_INTERVAL_MS, type Run, type RunReporter } from './run-reporter';
import { createYielder } from './yield';

/** The loop yields to the worker's event loop at least this often, so that a command waits at most this long
 * (plus one batch). Each yield is a message round trip of tens of microseconds, which on a model of sub-millisecond
 * steps (the seed example) took about a quarter of the time when the loop yielded after every batch, and 1.3% of
 * a worker profile still when it yielded every 4 ms. */
const YIELD_INTERVAL_MS = 10;
/** …and after this many batches whatever the clock says (a test's clock may stand still). */
const MAX_BATCHES_BETWEEN_YIELDS = 16;

/** Whether a loop trains to the end of the run or to the end of the current epoch. */
export type LoopEnd = 'end' | 'epoch';

/** What the loop asks of the session around it. */
export interface LoopHost {
  /** A backend call that fails as soon as the backend is lost, rather than never settling. */
  guarded: <T>(work: Promise<T>) => Promise<T>;
  /** After the loop failed: fail over to another backend and carry on, or give up. */
  recover: (error: unknown, until: LoopEnd) => Promise<void>;
  fail: (error: unknown) => void;
}

/** The training loop beside the command queue: batch after batch, progress about every ~100 ms, the views and
 * checkpoints on their own cadence, and a macrotask yield every few milliseconds so commands land between
 * batches. */
export class TrainingLoop {
  private loop: Promise<void> | null = null;
  private stopRequested = false;
  private readonly yieldToEventLoop = createYielder();
  // The views' work and the checkpoints run on their own cadence: often enough to look live, never more than
  // a few percent of the time, so training keeps the backend's pace.
  private readonly snapshots = new Cadence(500, 0.02);
  private readonly insightRuns = new Cadence(1000, 0.03);
  private readonly checkpoints = new Cadence(3000, 0.01);
  private readonly reporter: RunReporter;
  private readonly insights: InsightService;
  private readonly now: () => number;
  private readonly host: LoopHost;

  constructor(reporter: RunReporter, insights: InsightService, now: () => number, host: LoopHost) {
    this.reporter = reporter;
    this.insights = insights;
    this.now = now;
    this.host = host;
  }

  get running(): boolean {
    return this.loop !== null;
  }

  /** Whether a stop was asked for since the last start. */
  get stopping(): boolean {
    return this.stopRequested;
  }

  /** Resolves when the loop (and any loop a recovery started) has ended. */
  async ended(): Promise<void> {
    while (this.loop) await this.loop;
  }

  start(run: Run | null, until: LoopEnd): void {
    if (!run) return;
    this.stopRequested = false;
    const loop: Promise<void> = this.train(run, until)
      .catch((error: unknown) => this.host.recover(error, until))
      .catch((error: unknown) => this.host.fail(error))
      .finally(() => {
        // A recovery starts a loop of its own; only the current loop clears the slot.
        if (this.loop === loop) this.loop = null;
      });
    this.loop = loop;
  }

  async stop(): Promise<void> {
    this.stopRequested = true;
    await this.ended();
  }

  private async train(run: Run, until: LoopEnd): Promise<void> {
    const { trainer } = run;
    const { reporter, host } = this;
    reporter.setPhase(trainer.step === 0 ? 'compiling' : 'running');
    reporter.speed.clear();
    let lastProgress = this.now();
    this.insightRuns.reset();
    // The first batches of a run compile kernels (seconds on WebGL): leave them out of the speed.
    let measureSpeed = trainer.step > 0;
    // The first batch is reported at once, before any view's work: the page shows training has begun.
    let firstBatch = true;
    let lastYield = this.now();
    let batchesSinceYield = 0;
    while (!this.stopRequested) {
      trainer.trainBatch();
      const epochEnded = trainer.batchInEpoch === 0;
      const finished = isFinished(run);
      const now = this.now();
      const progressDue = firstBatch || now - lastProgress >= PROGRESS_INTERVAL_MS;
      firstBatch = false;
      if (finished || (until === 'epoch' && epochEnded) || progressDue) {
        // The interval runs from one progress to the next, after the readback: on WebGL the batches only finish
        // there, and the views' work counts too, so the figure is the run's true pace.
        const healthy = await host.guarded(
          reporter.sendProgress(run, measureSpeed ? () => this.now() - lastProgress : null),
        );
        // Diverged: the views show the restored weights.
        if (!healthy) return reporter.publishViews(run);
        if (reporter.phase === 'compiling') reporter.setPhase('running');
        // Once training shows it runs, the PCA baseline is fitted (once per run) for the loss chart.
        if (measureSpeed) await host.guarded(this.insights.sendBaselineOnce(run.settings));
        measureSpeed = true;
        lastProgress = this.now();
      }
      if (finished) return reporter.finish(run);
      if (until === 'epoch' && epochEnded) return reporter.pauseWithSnapshot(run);
      // Checked before any await: on sub-millisecond steps a promise per batch shows in the speed.
      if (this.anyDue(now)) await this.runDue(run, now);
      batchesSinceYield += 1;
      if (now - lastYield >= YIELD_INTERVAL_MS || batchesSinceYield >= MAX_BATCHES_BETWEEN_YIELDS) {
        await this.yieldToEventLoop();
        lastYield = this.now();
        batchesSinceYield = 0;
      }
    }
    if (await host.guarded(reporter.sendProgress(run, null)))
      await host.guarded(reporter.pauseWithSnapshot(run));
  }

  private anyDue(now: number): boolean {
    return this.snapshots.due(now) || this.insightRuns.due(now) || this.checkpoints.due(now);
  }

  /** Runs whichever of the snapshot, the insights and the checkpoint is due. */
  private async runDue(run: Run, now: number): Promise<void> {
    const { host, now: clock } = this;
    if (this.snapshots.due(now))
      await this.snapshots.run(() => host.guarded(this.insights.sendSnapshot()), clock);
    if (this.insightRuns.due(now))
      await this.insightRuns.run(() => host.guarded(this.insights.sendInsights()), clock);
    if (this.checkpoints.due(now))
      await this.checkpoints.run(() => host.guarded(this.reporter.sendCheckpoint(run)), clock);
  }
}
