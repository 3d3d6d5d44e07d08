import type { Optimizer } from './options';
import type { Settings } from './schema';

/** The optimizers of the optimizer race, in the order they are drawn and listed. */
export const raceOptimizers: readonly Optimizer[] = ['sgd', 'momentum', 'adagrad', 'rmsprop', 'adam'];

/** One racer's settings per optimizer: everything else, learning rate and seed included, as given, so every
 * racer starts from the same weights on the same data. */
export function racerSettings(settings: Settings): Settings[] {
  return raceOptimizers.map((optimizer) => ({ ...settings, optimizer }));
}
