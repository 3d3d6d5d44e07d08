import { useMemo } from 'react';
import type { TrainingPhase } from '../worker/protocol';
import { usePlayground, useTraining } from '../state/playground-context';
import type { TrainingState } from '../state/training-state';
import { useThrottledSelection } from '../state/use-throttled-selection';
import { formatLoss } from './format';
import { useT } from '../i18n/language-context';

const announcedPhases = ['running', 'paused', 'done', 'diverged'] as const satisfies readonly TrainingPhase[];
type AnnouncedPhase = (typeof announcedPhases)[number];

function isAnnounced(phase: TrainingPhase): phase is AnnouncedPhase {
  return (announcedPhases as readonly TrainingPhase[]).includes(phase);
}

/** While training runs, a new epoch is announced at most this often: a small data set ends hundreds of epochs
 * a second, and a screen reader would otherwise be handed a new sentence at every progress report. */
const RUNNING_ANNOUNCEMENT_MS = 5000;
const selectWholeEpoch = (state: TrainingState) => Math.floor(state.epoch);

/** A visually hidden live region that tells screen-reader users the losses once per epoch (at most every few
 * seconds while training runs) and whenever training stops, in words: what the loss chart shows to the eye. */
export function ProgressAnnouncer() {
  const playground = usePlayground();
  const liveEpoch = useTraining(selectWholeEpoch);
  const calmEpoch = useThrottledSelection(playground.training, selectWholeEpoch, RUNNING_ANNOUNCEMENT_MS);
  const phase = useTraining((state) => state.phase);
  const wholeEpoch = phase === 'running' ? calmEpoch : liveEpoch;
  const { t } = useT();
  // Keyed on the epoch and the phase only, so the losses' many updates within an epoch stay silent.
  const text = useMemo(() => {
    if (!isAnnounced(phase)) return '';
    const { trainLoss, validationLoss } = playground.training.get();
    return t('announce.epoch', {
      epoch: wholeEpoch,
      state: t(`announce.${phase}`),
      train: formatLoss(trainLoss),
      validation: formatLoss(validationLoss),
    });
  }, [playground, wholeEpoch, phase, t]);
  return (
    // aria-live without role="status": the page's status figures keep their roles to themselves.
    <p aria-live="polite" aria-atomic="true" className="visually-hidden">
      {text}
    </p>
  );
}
