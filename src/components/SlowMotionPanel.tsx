import { useEffect, useState } from 'react';
import { cyclePhaseLabels, stepPhases } from '../learn/training-cycle';
import { usePlayground, useTraining } from '../state/playground-context';
import type { SlowMotionState } from '../state/slow-motion-state';
import { useSlowMotion } from '../state/use-learn';
import { SlowMotionPhases } from './SlowMotionPhases';
import { useT } from '../i18n/language-context';
import type { Translator } from '../i18n/translate';

/** How long each phase stays on screen when slow motion plays by itself. */
const AUTO_PHASE_MS = 1500;

function statusText({ inspection, phase, waiting }: SlowMotionState, { t, text }: Translator): string {
  if (waiting === 'inspect') return t('slow.computing');
  if (waiting === 'update') return t('slow.applying');
  if (!inspection || !phase) return t('slow.idle');
  return t('slow.status', {
    step: inspection.step + 1,
    phase: stepPhases.indexOf(phase) + 1,
    count: stepPhases.length,
    label: text(`cycle.${phase}.label`, cyclePhaseLabels[phase]),
  });
}

/** One training step broken into its phases, advanced by a button or on a timer, as GAN Lab does. The
 * weights change at the update phase only, when the Step counter goes up by one. */
export function SlowMotionPanel() {
  const { learn } = usePlayground();
  const state = useSlowMotion((value) => value);
  const preparing = useTraining((value) => value.phase === 'preparing');
  const [playing, setPlaying] = useState(false);
  const tr = useT();
  const { t } = tr;
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(learn.nextPhase, AUTO_PHASE_MS);
    return () => clearInterval(timer);
  }, [playing, learn]);
  return (
    <section className="slow-motion" aria-labelledby="slow-motion-heading">
      <h3 id="slow-motion-heading">{t('slow.heading')}</h3>
      <p className="hint">{t('slow.hint')}</p>
      <div className="button-row">
        <button type="button" onClick={learn.nextPhase} disabled={preparing}>
          {t('slow.next')}
        </button>
        <button type="button" aria-pressed={playing} onClick={() => setPlaying(!playing)}>
          {t('slow.play')}
        </button>
        <span role="status" className="slow-motion-status">
          {statusText(state, tr)}
        </span>
      </div>
      {state.inspection && state.phase && (
        <SlowMotionPhases inspection={state.inspection} update={state.update} phase={state.phase} />
      )}
    </section>
  );
}
