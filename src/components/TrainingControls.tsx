import type { TrainingPhase } from '../worker/protocol';
import { usePlayground, useTraining } from '../state/playground-context';
import { useStore } from '../state/store';

const busyPhases: readonly TrainingPhase[] = ['preparing', 'compiling', 'running'];

const phaseText: Record<TrainingPhase, string> = {
  idle: 'Ready',
  preparing: 'Preparing data and model…',
  compiling: 'Compiling (first step)…',
  running: 'Training',
  paused: 'Paused',
  done: 'Done',
  diverged: 'Paused: loss diverged',
};

/** Reset, Train/Pause and Step buttons, and the phase training is in. */
export function TrainingControls() {
  const playground = usePlayground();
  const phase = useTraining((state) => state.phase);
  const savedStep = useStore(playground.savedStep);
  const busy = busyPhases.includes(phase);
  return (
    <div className="training-controls">
      <button type="button" onClick={playground.reset} aria-keyshortcuts="R">
        Reset
      </button>
      <button
        type="button"
        className="primary"
        onClick={busy ? playground.pause : playground.train}
        aria-keyshortcuts="Space"
      >
        {busy ? 'Pause' : 'Train'}
      </button>
      <button
        type="button"
        onClick={() => playground.step('batch')}
        disabled={busy}
        title="Train on one batch"
        aria-keyshortcuts="S"
      >
        Step
      </button>
      <button
        type="button"
        onClick={() => playground.step('epoch')}
        disabled={busy}
        title="Train to the end of the epoch"
      >
        Step epoch
      </button>
      <span role="status" className="phase">
        {phaseText[phase]}
      </span>
      {savedStep !== null && (
        <span className="saved hint" title="Kept in this browser: a reload carries on from here.">
          Saved at step {savedStep}
        </span>
      )}
    </div>
  );
}
