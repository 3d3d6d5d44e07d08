import type { GlossaryTerm } from '../learn/glossary';
import type { FromWorker } from '../worker/protocol';
import {
  advanceSlowMotion,
  initialSlowMotionState,
  nextSlowMotionAction,
  reduceSlowMotion,
  type SlowMotionState,
} from './slow-motion-state';
import { createStore, type Store } from './store';

/** Whether the Learn panel is open, and the glossary entry asked for last (with a count, so asking for the
 * same entry twice focuses it twice). */
export interface LearnPanelState {
  open: boolean;
  term: GlossaryTerm | null;
  termRequests: number;
}

/** The Learn panel's state and slow motion's, with their actions. */
export interface Learn {
  panel: Store<LearnPanelState>;
  slowMotion: Store<SlowMotionState>;
  /** Opens the panel; with a term, shows and focuses that glossary entry. */
  open: (term?: GlossaryTerm) => void;
  close: () => void;
  /** Shows the next phase of the slow-motion step, asking the worker for a new step or its update. */
  nextPhase: () => void;
  receive: (message: FromWorker) => void;
}

/** Creates the Learn state. `requestStage` posts a slow-motion command and says whether it was sent (a run too
 * large for the tab is refused). */
export function createLearn(requestStage: (stage: 'inspect' | 'update') => boolean): Learn {
  const panel = createStore<LearnPanelState>({ open: false, term: null, termRequests: 0 });
  const slowMotion = createStore<SlowMotionState>(initialSlowMotionState);
  return {
    panel,
    slowMotion,
    open(term) {
      const current = panel.get();
      panel.set(
        term
          ? { open: true, term, termRequests: current.termRequests + 1 }
          : { ...current, open: true, term: null },
      );
    },
    close: () => panel.set({ ...panel.get(), open: false }),
    nextPhase() {
      const state = slowMotion.get();
      const action = nextSlowMotionAction(state);
      if (action === 'advance') slowMotion.set(advanceSlowMotion(state));
      else if (action !== 'wait' && requestStage(action)) slowMotion.set({ ...state, waiting: action });
    },
    receive: (message) => slowMotion.set(reduceSlowMotion(slowMotion.get(), message)),
  };
}
