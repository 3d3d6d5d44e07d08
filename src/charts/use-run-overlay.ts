import { useMemo } from 'react';
import { useT } from '../i18n/language-context';
import type { LossHistory } from '../state/loss-history';
import { usePlayground } from '../state/playground-context';
import { useStore } from '../state/store';
import { buildOverlay, type Overlay } from './overlay-series';

/** The runs ticked for overlay on the loss chart, as curves over `liveHistory`'s chart. */
export function useRunOverlay(liveHistory: LossHistory): Overlay {
  const list = useStore(usePlayground().runs.runs);
  const tr = useT();
  return useMemo(() => buildOverlay(list.runs, list.currentId, liveHistory, tr), [list, liveHistory, tr]);
}
