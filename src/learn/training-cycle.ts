/** The training cycle of the tutorial: initialise once, then batch → encode → decode → loss → gradients →
 * update, over and over. */
export const cyclePhases = [
  'initialise',
  'batch',
  'encode',
  'decode',
  'loss',
  'gradients',
  'update',
] as const;
export type CyclePhase = (typeof cyclePhases)[number];

/** The phases one training step goes through (all but initialise). */
export type StepPhase = Exclude<CyclePhase, 'initialise'>;
export const stepPhases = cyclePhases.slice(1) as readonly StepPhase[];

export const cyclePhaseLabels: Record<CyclePhase, string> = {
  initialise: 'Initialise',
  batch: 'Batch',
  encode: 'Encode',
  decode: 'Decode',
  loss: 'Loss',
  gradients: 'Gradients',
  update: 'Update',
};

/** What happens in each phase, in one line. */
export const cyclePhaseText: Record<CyclePhase, string> = {
  initialise: 'Weights drawn at random (Glorot uniform, seeded), biases zero, optimizer state empty.',
  batch: 'The next samples of the epoch’s shuffled order.',
  encode: 'The encoder maps each sample x to its code z = f(x).',
  decode: 'The decoder rebuilds x̂ = g(z) from the code.',
  loss: 'How far the reconstructions are from the inputs, averaged over the batch.',
  gradients: 'Backpropagation: ∂L/∂θ for every weight, then clipping if it is on.',
  update: 'The optimizer moves every weight against its gradient.',
};

/** The step phase after `phase`; null after the update, which ends the step. */
export function nextStepPhase(phase: StepPhase | null): StepPhase | null {
  if (phase === null) return 'batch';
  const index = stepPhases.indexOf(phase);
  return stepPhases[index + 1] ?? null;
}
