import { useEffect, useState } from 'react';
import { cyclePhaseLabels, stepPhases } from '../learn/training-cycle';
import { usePlayground, useTraining } from '../state/playground-context';
import type { SlowMotionState } from '../state/slow-motion-state';
import { useSlowMotion } from '../state/use-learn';
import { SlowMotionPhases } from './SlowMotionPhases';

/** How long each phase stays on screen when slow motion plays by itself. */
const AUTO_PHASE_MS = 1500;

function statusText({ inspection, phase, waiting }: SlowMotionState): string {
  if (waiting === 'inspect') return 'Computing the next step…';
  if (waiting === 'update') return 'Applying the update…';
  if (!inspection || !phase) return 'No step under way: Next phase takes the next batch.';
  const index = stepPhases.indexOf(phase);
  return `Step ${inspection.step + 1}, phase ${index + 1} of ${stepPhases.length}: ${cyclePhaseLabels[phase]}`;
}

/** One training step broken into its phases, advanced by a button or on a timer, as GAN Lab does. The
 * weights change at the update phase only, when the Step counter goes up by one. */
export function SlowMotionPanel() {
  const { learn } = usePlayground();
  const state = useSlowMotion((value) => value);
  const preparing = useTraining((value) => value.phase === 'preparing');
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(learn.nextPhase, AUTO_PHASE_MS);
    return () => clearInterval(timer);
  }, [playing, learn]);
  return (
    <section className="slow-motion" aria-labelledby="slow-motion-heading">
      <h3 id="slow-motion-heading">Slow motion</h3>
      <p className="hint">
        One training step, phase by phase, with its values. Training pauses; the weights change only at the
        update, and the Step counter then counts one more.
      </p>
      <div className="button-row">
        <button type="button" onClick={learn.nextPhase} disabled={preparing}>
          Next phase
        </button>
        <button type="button" aria-pressed={playing} onClick={() => setPlaying(!playing)}>
          Play phases
        </button>
        <span role="status" className="slow-motion-status">
          {statusText(state)}
        </span>
      </div>
      {state.inspection && state.phase && (
        <SlowMotionPhases inspection={state.inspection} update={state.update} phase={state.phase} />
      )}
    </section>
  );
}
