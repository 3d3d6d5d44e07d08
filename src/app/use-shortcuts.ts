import { useEffect } from 'react';
import { usePlayground } from '../state/playground-context';
import type { TrainingPhase } from '../worker/protocol';
import { shortcutFor } from './shortcut-keys';

const busyPhases: readonly TrainingPhase[] = ['preparing', 'compiling', 'running'];

/** Listens for the keyboard shortcuts on the whole page: Space trains or pauses, S steps one batch, R resets,
 * ? calls `onHelp`. Each key does what the matching button shows at that moment. */
export function useShortcuts(onHelp: () => void): void {
  const playground = usePlayground();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (action === null) return;
      event.preventDefault();
      // Read at the key press, not at the last render, so two quick presses see the run's real phase.
      const busy = busyPhases.includes(playground.training.get().phase);
      if (action === 'toggleTraining') {
        if (busy) playground.pause();
        else playground.train();
      } else if (action === 'step') {
        if (!busy) playground.step('batch');
      } else if (action === 'reset') playground.reset();
      else onHelp();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [playground, onHelp]);
}
