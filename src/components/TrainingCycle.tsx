import { useEffect, useState } from 'react';
import {
  cyclePhaseLabels,
  cyclePhases,
  cyclePhaseText,
  stepPhases,
  type CyclePhase,
} from '../learn/training-cycle';
import { useTraining } from '../state/playground-context';
import { useSlowMotion } from '../state/use-learn';
import type { TrainingPhase } from '../worker/protocol';
import { useT } from '../i18n/language-context';

/** How long each phase stays lit while training runs: far slower than real steps, slow enough to follow. */
const RUNNING_PHASE_MS = 400;

const initialisingPhases: readonly TrainingPhase[] = ['idle', 'preparing', 'compiling'];

/** The phase lit while training runs: it goes round batch → update on a timer. */
function useRunningPhase(running: boolean): CyclePhase | null {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setIndex((value) => (value + 1) % stepPhases.length), RUNNING_PHASE_MS);
    return () => clearInterval(timer);
  }, [running]);
  return running ? (stepPhases[index] ?? null) : null;
}

/** The tutorial's training cycle as a diagram, with the phase being run lit (aria-current="step"): the
 * slow-motion phase on screen, the going-round of a running loop, or initialise before a run has started. */
export function TrainingCycle() {
  const trainingPhase = useTraining((state) => state.phase);
  const slowPhase = useSlowMotion((state) => state.phase);
  const runningPhase = useRunningPhase(trainingPhase === 'running' && slowPhase === null);
  const { t, text } = useT();
  const label = (phase: CyclePhase) => text(`cycle.${phase}.label`, cyclePhaseLabels[phase]);
  const about = (phase: CyclePhase) => text(`cycle.${phase}.text`, cyclePhaseText[phase]);
  const active: CyclePhase | null =
    slowPhase ?? runningPhase ?? (initialisingPhases.includes(trainingPhase) ? 'initialise' : null);
  return (
    <figure className="training-cycle" aria-labelledby="training-cycle-caption">
      <figcaption id="training-cycle-caption">
        <h3>{t('learn.cycle')}</h3>
      </figcaption>
      <ol>
        {cyclePhases.map((phase) => (
          <li
            key={phase}
            className={phase === active ? 'active' : undefined}
            aria-current={phase === active ? 'step' : undefined}
            title={about(phase)}
          >
            {label(phase)}
          </li>
        ))}
      </ol>
      <p className="hint">
        {active ? `${label(active)}: ${about(active)}` : t('learn.cycleBetween')} {t('learn.cycleRepeats')}
      </p>
    </figure>
  );
}
