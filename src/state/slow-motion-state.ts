import { nextStepPhase, type StepPhase } from '../learn/training-cycle';
import type { StepInspection, StepUpdate } from '../settings/step-anatomy';
import type { FromWorker } from '../worker/protocol';

/** Slow motion as the page shows it: the step being looked at, the phase on screen, and what the worker is
 * asked for. The worker computes the step's phases up to its gradients first, and applies it only when the
 * update phase is shown, so the step counter moves exactly then. */
export interface SlowMotionState {
  inspection: StepInspection | null;
  update: StepUpdate | null;
  /** The phase on screen; null before the first step. */
  phase: StepPhase | null;
  /** The worker's stage asked for and not yet answered. */
  waiting: 'inspect' | 'update' | null;
}

export const initialSlowMotionState: SlowMotionState = {
  inspection: null,
  update: null,
  phase: null,
  waiting: null,
};

/** What "Next phase" does now: ask for a new step, ask for the update, show the next phase, or wait. */
export function nextSlowMotionAction(state: SlowMotionState): 'inspect' | 'update' | 'advance' | 'wait' {
  if (state.waiting) return 'wait';
  if (!state.inspection || state.phase === null || state.phase === 'update') return 'inspect';
  return nextStepPhase(state.phase) === 'update' ? 'update' : 'advance';
}

/** Shows the next phase of the step already computed. */
export function advanceSlowMotion(state: SlowMotionState): SlowMotionState {
  return { ...state, phase: nextStepPhase(state.phase) ?? state.phase };
}

/** Folds a worker message into slow motion. A step trained by other means (Train, Step) makes the step on
 * screen stale, and a new or dropped run clears it. */
export function reduceSlowMotion(state: SlowMotionState, message: FromWorker): SlowMotionState {
  switch (message.type) {
    case 'stepInspection':
      return { inspection: message.inspection, update: null, phase: 'batch', waiting: null };
    case 'stepUpdate':
      if (state.inspection?.step !== message.update.step) return { ...state, waiting: null };
      return { ...state, update: message.update, phase: 'update', waiting: null };
    case 'runStarted':
      return { ...initialSlowMotionState, waiting: state.waiting };
    case 'phase':
      return message.phase === 'idle' ? initialSlowMotionState : state;
    case 'error':
      return { ...state, waiting: null };
    case 'progress':
      return afterTrainerStep(state, message.step);
    default:
      return state;
  }
}

/** Keeps the step on screen while the trainer at `step` is where that step left it (before it, or just after
 * its update); otherwise the step is stale and goes. */
export function afterTrainerStep(state: SlowMotionState, step: number): SlowMotionState {
  const { inspection, update } = state;
  if (!inspection) return state;
  const current = update ? step === inspection.step + 1 : step === inspection.step;
  return current ? state : { ...initialSlowMotionState, waiting: state.waiting };
}
