import type { Settings } from './schema';

/** Everything needed to carry a run on elsewhere (another backend, a reloaded page): its position, the
 * weights, and the optimizer's state. Plain data, so it can be posted, stored and compared. */
export interface TrainerState {
  step: number;
  epoch: number;
  batchInEpoch: number;
  weights: Float32Array[];
  optimizer: { name: string; shape: number[]; values: Float32Array }[];
}

/** A run's settings and trainer state, saved every few seconds so nothing is lost. */
export interface Checkpoint {
  settings: Settings;
  state: TrainerState;
}
