import { OptimizerRace } from '../core/race';
import type { BackendName } from '../settings/options';
import type { Settings } from '../settings/schema';
import type { LoadedData } from './data-store';
import type { FromWorker, ToWorker } from './protocol';
import { createYielder } from './yield';
import { phraseOf } from '../settings/phrases';

/** The backend and the data set on it that a race trains on, as the session prepares them for a run. */
export type PrepareRace = (settings: Settings) => Promise<{ backend: BackendName; data: LoadedData }>;

const PROGRESS_INTERVAL_MS = 100;

/** Commands that need the backend, the data or the worker's attention for themselves: a race ends first. */
const interruptingCommands: readonly ToWorker['type'][] = [
  'restore',
  'start',
  'resume',
  'step',
  'slowStep',
  'reset',
  'upload',
  'addSamples',
  'startRace',
  'stopRace',
];

/** Whether a race in progress must stop before this command runs. */
export function interruptsRace(message: ToWorker): boolean {
  return interruptingCommands.includes(message.type);
}

/** Runs the optimizer race in the worker: one model per optimizer over the session's data tensors, a batch each
 * in turn, a macrotask yield between rounds so commands land, progress about every ~100 ms. */
export class RaceRunner {
  private loop: Promise<void> | null = null;
  private stopRequested = false;
  /** Samples trained by all racers and the time it took, since the race started: its average pace. */
  private trained = { samples: 0, elapsedMs: 0 };
  private readonly yieldToEventLoop = createYielder();
  private readonly post: (message: FromWorker) => void;
  private readonly prepare: PrepareRace;
  private readonly now: () => number;

  constructor(
    post: (message: FromWorker) => void,
    prepare: PrepareRace,
    now: () => number = () => performance.now(),
  ) {
    this.post = post;
    this.prepare = prepare;
    this.now = now;
  }

  /** Whether a race is under way. */
  get running(): boolean {
    return this.loop !== null;
  }

  /** Builds the racers and starts the race; a race already running ends first. */
  async start(settings: Settings): Promise<void> {
    await this.stop();
    let race: OptimizerRace;
    try {
      const { backend, data } = await this.prepare(settings);
      race = new OptimizerRace(settings, data.tensors, backend, data.dataset);
      this.post({ type: 'raceStarted', backend, racers: race.racers.length });
    } catch (error) {
      this.post({ type: 'raceEnded', outcome: 'failed', message: phraseOf(error) });
      return;
    }
    this.stopRequested = false;
    this.trained = { samples: 0, elapsedMs: 0 };
    const loop: Promise<void> = this.run(race).finally(() => {
      race.dispose();
      if (this.loop === loop) this.loop = null;
    });
    this.loop = loop;
  }

  /** Ends the race under way, if any, and frees its models. */
  async stop(): Promise<void> {
    this.stopRequested = true;
    while (this.loop) await this.loop;
  }

  private async run(race: OptimizerRace): Promise<void> {
    try {
      let lastProgress = this.now();
      while (!this.stopRequested && !race.finished) {
        race.stepAll();
        // The interval runs from one progress to the next, after the readback, so the pace is the race's true one.
        if (this.now() - lastProgress >= PROGRESS_INTERVAL_MS)
          lastProgress = await this.sendProgress(race, lastProgress);
        await this.yieldToEventLoop();
      }
      await this.sendProgress(race, lastProgress);
      this.post({ type: 'raceEnded', outcome: race.finished ? 'finished' : 'stopped', message: null });
    } catch (error) {
      this.post({ type: 'raceEnded', outcome: 'failed', message: phraseOf(error) });
    }
  }

  /** Reads every racer's losses back and posts them; returns when it read them. */
  private async sendProgress(race: OptimizerRace, sinceMs: number): Promise<number> {
    const progress = await race.collect();
    const readAt = this.now();
    const samples = progress.reduce((sum, racer) => sum + racer.samples, 0);
    this.trained = {
      samples: this.trained.samples + samples,
      elapsedMs: this.trained.elapsedMs + readAt - sinceMs,
    };
    const { samples: total, elapsedMs } = this.trained;
    this.post({
      type: 'raceProgress',
      racers: progress.map(({ samples: _samples, ...report }) => report),
      samplesPerSecond: elapsedMs > 0 && total > 0 ? (total * 1000) / elapsedMs : null,
    });
    return readAt;
  }
}
