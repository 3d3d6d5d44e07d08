import { useMemo } from 'react';
import type { TrainingPhase } from '../worker/protocol';
import { usePlayground, useTraining } from '../state/playground-context';
import { formatLoss } from './format';

const phaseWords: Partial<Record<TrainingPhase, string>> = {
  running: 'training',
  paused: 'paused',
  done: 'done',
  diverged: 'paused, the loss diverged',
};

/** A visually hidden live region that tells screen-reader users the losses once per epoch and whenever
 * training stops, in words: what the loss chart shows to the eye. */
export function ProgressAnnouncer() {
  const playground = usePlayground();
  const wholeEpoch = useTraining((state) => Math.floor(state.epoch));
  const phase = useTraining((state) => state.phase);
  // Keyed on the epoch and the phase only, so the losses' many updates within an epoch stay silent.
  const text = useMemo(() => {
    const word = phaseWords[phase];
    if (word === undefined) return '';
    const { trainLoss, validationLoss } = playground.training.get();
    return `Epoch ${wholeEpoch} (${word}): training loss ${formatLoss(trainLoss)}, validation loss ${formatLoss(validationLoss)}.`;
  }, [playground, wholeEpoch, phase]);
  return (
    // aria-live without role="status": the page's status figures keep their roles to themselves.
    <p aria-live="polite" aria-atomic="true" className="visually-hidden">
      {text}
    </p>
  );
}
