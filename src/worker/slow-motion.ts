import { inspectNextStep, takeStep } from '../core/step-anatomy';
import type { Trainer } from '../core/train-loop';
import type { Settings } from '../settings/schema';
import type { Post } from './session';

/** Slow motion's first stage: posts the next step's batch, codes, reconstructions, loss and gradients, with
 * the arrays handed over rather than copied. Changes no weight. */
export async function postStepInspection(trainer: Trainer, settings: Settings, post: Post): Promise<void> {
  const inspection = await inspectNextStep(trainer, settings);
  const { inputs, noisyInputs, codes, outputs } = inspection;
  post({ type: 'stepInspection', inspection }, [
    inputs.buffer,
    codes.buffer,
    outputs.buffer,
    ...(noisyInputs ? [noisyInputs.buffer] : []),
  ]);
}

/** Slow motion's last stage: applies the step, as `trainBatch` does, and posts how far each layer moved. */
export async function postStepUpdate(trainer: Trainer, post: Post): Promise<void> {
  post({ type: 'stepUpdate', update: await takeStep(trainer) });
}
