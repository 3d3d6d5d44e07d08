import * as tf from '@tensorflow/tfjs-core';
import type { TrainerState } from '../settings/run-state';
import { readFloats } from './read';

/** Reads an optimizer's state (its moments and step count) back from the backend; empty for an optimizer that
 * has none yet or cannot export it, which then resumes from a fresh state. */
export async function readOptimizerState(optimizer: tf.Optimizer): Promise<TrainerState['optimizer']> {
  try {
    const named = await optimizer.getWeights();
    const state = await Promise.all(
      named.map(async ({ name, tensor }) => ({
        name,
        shape: tensor.shape,
        values: await readFloats(tensor),
      })),
    );
    // The iteration count comes as a fresh scalar; the rest are the optimizer's own variables.
    tf.dispose(named.filter(({ name }) => name === 'iter').map(({ tensor }) => tensor));
    return state;
  } catch {
    return [];
  }
}

/** Puts saved weights and optimizer state back; throws when the weights do not fit the model. */
export async function writeTrainerState(
  variables: readonly tf.Variable[],
  optimizer: tf.Optimizer,
  state: TrainerState,
): Promise<void> {
  if (
    state.weights.length !== variables.length ||
    state.weights.some((values, i) => values.length !== variables[i]?.size)
  ) {
    throw new Error('The saved weights do not fit this model.');
  }
  tf.tidy(() =>
    variables.forEach((variable, i) =>
      variable.assign(tf.tensor(state.weights[i] as Float32Array, variable.shape)),
    ),
  );
  if (state.optimizer.length === 0) return;
  const named = state.optimizer.map(({ name, shape, values }) => ({
    name,
    tensor: tf.tensor(values, shape, name === 'iter' ? 'int32' : 'float32'),
  }));
  await optimizer.setWeights(named);
  tf.dispose(named.map((entry) => entry.tensor));
}
