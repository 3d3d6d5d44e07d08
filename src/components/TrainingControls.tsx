import type { TrainingPhase } from '../worker/protocol';
import { usePlayground, useTraining } from '../state/playground-context';
import { useStore } from '../state/store';
import { useT } from '../i18n/language-context';

const busyPhases: readonly TrainingPhase[] = ['preparing', 'compiling', 'running'];

/** Reset, Train/Pause and Step buttons, and the phase training is in. */
export function TrainingControls() {
  const playground = usePlayground();
  const phase = useTraining((state) => state.phase);
  const savedStep = useStore(playground.savedStep);
  const busy = busyPhases.includes(phase);
  const { t } = useT();
  return (
    <div className="training-controls">
      <button type="button" onClick={playground.reset} aria-keyshortcuts="R">
        {t('controls.reset')}
      </button>
      <button
        type="button"
        className="primary"
        onClick={busy ? playground.pause : playground.train}
        aria-keyshortcuts="Space"
      >
        {busy ? t('controls.pause') : t('controls.train')}
      </button>
      <button
        type="button"
        onClick={() => playground.step('batch')}
        disabled={busy}
        title={t('controls.stepTitle')}
        aria-keyshortcuts="S"
      >
        {t('controls.step')}
      </button>
      <button
        type="button"
        onClick={() => playground.step('epoch')}
        disabled={busy}
        title={t('controls.stepEpochTitle')}
      >
        {t('controls.stepEpoch')}
      </button>
      <span role="status" className="phase">
        {t(`phase.${phase}`)}
      </span>
      {savedStep !== null && (
        <span className="saved hint" title={t('controls.savedTitle')}>
          {t('controls.savedAt', { step: savedStep })}
        </span>
      )}
    </div>
  );
}
