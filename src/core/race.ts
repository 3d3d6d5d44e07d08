import { racerSettings } from '../settings/race';
import type { BackendName, Optimizer } from '../settings/options';
import type { Settings } from '../settings/schema';
import { createTrainer, disposeTrainer } from './run';
import type { DataFacts, Trainer, TrainingTensors } from './train-loop';

/** One optimizer in the race: its own model and trainer over the shared data tensors. */
export interface Racer {
  optimizer: Optimizer;
  settings: Settings;
  trainer: Trainer;
  /** Its loss became infinite or NaN: it stops training, the others go on. */
  diverged: boolean;
}

/** What one racer did since the previous read. */
export interface RacerProgress {
  index: number;
  step: number;
  epoch: number;
  /** Samples trained since the previous read. */
  samples: number;
  trainLoss: number | null;
  validation: { epoch: number; loss: number }[];
  diverged: boolean;
  finished: boolean;
}

/** The same model trained from the same start by each race optimizer, one batch each in turn. The data tensors
 * belong to the caller; the models, optimizers and their state belong to the race until `dispose`. */
export class OptimizerRace {
  readonly racers: Racer[];
  private readonly epochs: number;

  constructor(settings: Settings, data: TrainingTensors, backend: BackendName, facts: DataFacts) {
    this.epochs = settings.epochs;
    const racers: Racer[] = [];
    try {
      // Initialisers are seeded from the settings' seed, so every racer's model starts with the same weights.
      for (const racer of racerSettings(settings)) {
        const trainer = createTrainer(racer, data, backend, facts);
        racers.push({ optimizer: racer.optimizer, settings: racer, trainer, diverged: false });
      }
    } catch (error) {
      racers.forEach((racer) => disposeTrainer(racer.trainer));
      throw error;
    }
    this.racers = racers;
  }

  /** Whether every racer has trained all its epochs or dropped out. */
  get finished(): boolean {
    return this.racers.every((racer) => !this.running(racer));
  }

  /** Trains one batch for every racer still running, in turn. Reads nothing back. */
  stepAll(): void {
    for (const racer of this.racers) if (this.running(racer)) racer.trainer.trainBatch();
  }

  /** Reads every racer's losses back; a racer whose loss is no longer finite drops out. */
  async collect(): Promise<RacerProgress[]> {
    const read = await Promise.all(this.racers.map((racer) => racer.trainer.collect()));
    return this.racers.map((racer, index) => {
      const losses = read[index];
      const samples = losses?.samples ?? 0;
      if (samples > 0 && !Number.isFinite(losses?.trainLoss)) racer.diverged = true;
      return {
        index,
        step: racer.trainer.step,
        epoch: racer.trainer.epochProgress,
        samples,
        trainLoss: samples > 0 ? (losses?.trainLoss ?? null) : null,
        validation: losses?.validation ?? [],
        diverged: racer.diverged,
        finished: racer.trainer.epoch >= this.epochs,
      };
    });
  }

  /** Frees every racer's model, optimizer and kept tensors. */
  dispose(): void {
    this.racers.forEach((racer) => disposeTrainer(racer.trainer));
    this.racers.length = 0;
  }

  private running(racer: Racer): boolean {
    return !racer.diverged && racer.trainer.epoch < this.epochs;
  }
}
