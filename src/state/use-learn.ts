import type { LearnPanelState } from './learn';
import { usePlayground } from './playground-context';
import type { SlowMotionState } from './slow-motion-state';
import { useStore } from './store';

/** Reads part of the Learn panel's state and re-renders when it changes. */
export function useLearnPanel<S>(select: (state: LearnPanelState) => S): S {
  return useStore(usePlayground().learn.panel, select);
}

/** Reads part of slow motion's state and re-renders when it changes. */
export function useSlowMotion<S>(select: (state: SlowMotionState) => S): S {
  return useStore(usePlayground().learn.slowMotion, select);
}
