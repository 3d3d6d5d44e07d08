import { createStore as createIdbStore, del, get, set, type UseStore } from 'idb-keyval';
import { emptyHistory, type LossHistory } from '../state/loss-history';
import type { Playground, SavedRun } from '../state/playground';
import type { Checkpoint } from '../settings/run-state';
import { isSameRun, type Settings } from '../settings/schema';
import { validateSettings } from '../settings/validate';
import { keepRunList } from './run-list-persistence';

/** What the page keeps in IndexedDB between visits. */
export interface SavedState {
  version: 1;
  settings: Settings;
  run: SavedRun | null;
}

const KEY = 'playground';
const SAVE_DELAY_MS = 1000;

function database(): UseStore {
  return createIdbStore('autoencoder-playground', 'state');
}

/** Reads the saved state; anything unreadable or from another version counts as nothing saved. */
export async function loadSavedState(): Promise<SavedState | null> {
  try {
    return parseSavedState(await get(KEY, database()));
  } catch {
    return null;
  }
}

/** Checks a stored value before the page trusts it. */
export function parseSavedState(value: unknown): SavedState | null {
  if (!value || typeof value !== 'object') return null;
  const candidate = value as Partial<SavedState>;
  if (candidate.version !== 1) return null;
  const settings = validateSettings(candidate.settings);
  if (!settings.ok) return null;
  const run = parseRun(candidate.run);
  return {
    version: 1,
    settings: settings.settings,
    run: run && isSameRun(run.checkpoint.settings, settings.settings) ? run : null,
  };
}

function parseRun(value: unknown): SavedRun | null {
  if (!value || typeof value !== 'object') return null;
  const { checkpoint, history } = value as Partial<SavedRun>;
  if (!checkpoint || !validateSettings(checkpoint.settings).ok || !isState(checkpoint.state)) return null;
  // A history saved before the variants' curves existed has no regularization curve.
  return {
    checkpoint: checkpoint,
    history: isHistory(history) ? { ...emptyHistory, ...history } : emptyHistory,
  };
}

function isState(state: unknown): boolean {
  const candidate = state as Partial<Checkpoint['state']> | undefined;
  return (
    Boolean(candidate) &&
    Number.isInteger(candidate?.step) &&
    Array.isArray(candidate?.weights) &&
    candidate.weights.every((weights) => weights instanceof Float32Array) &&
    Array.isArray(candidate.optimizer)
  );
}

function isHistory(history: unknown): history is LossHistory {
  const candidate = history as Partial<LossHistory> | undefined;
  return Array.isArray(candidate?.train?.points) && Array.isArray(candidate.validation?.points);
}

/** Saves settings, the latest checkpoint and the loss history whenever they change, at most once a second,
 * after the change (never on the training path: the worker already sent the checkpoint); keeps the run list. */
export function saveContinuously(playground: Playground): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    const checkpoint = playground.checkpoint.get();
    const state: SavedState = {
      version: 1,
      settings: playground.settings.get().settings,
      run: checkpoint ? { checkpoint, history: playground.training.get().history } : null,
    };
    set(KEY, state, database())
      .then(() => playground.savedStep.set(checkpoint?.state.step ?? null))
      .catch(() => playground.savedStep.set(null));
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  const unsubscribe = [
    playground.settings.subscribe(schedule),
    playground.checkpoint.subscribe(schedule),
    keepRunList(playground, database()),
  ];
  return () => unsubscribe.forEach((stop) => stop());
}

/** Forgets everything saved (the page offers it when a saved run cannot be restored). */
export function clearSavedState(): Promise<void> {
  return del(KEY, database());
}
