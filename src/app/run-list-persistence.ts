import { get, set, type UseStore } from 'idb-keyval';
import { emptyHistory, type LossHistory } from '../state/loss-history';
import type { Playground } from '../state/playground';
import { MAX_RUNS, type RunListState, type RunRecord } from '../state/run-list';
import { validateSettings } from '../settings/validate';

const KEY = 'runs';
const SAVE_DELAY_MS = 500;

/** The run list as kept in IndexedDB. */
interface SavedRunList {
  version: 1;
  list: RunListState;
}

/** Puts the saved run list back, then saves it whenever it changes, at most twice a second (histories are
 * capped by the loss history, runs by MAX_RUNS). Returns a function that stops saving. */
export function keepRunList(playground: Playground, database: UseStore): () => void {
  const { runs } = playground.runs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let unsubscribe = () => undefined as void;
  const save = () => {
    const saved: SavedRunList = { version: 1, list: runs.get() };
    set(KEY, saved, database).catch(() => undefined);
  };
  get(KEY, database)
    .then((value) => {
      const list = parseRunList(value);
      if (list) playground.runs.load(list);
    })
    .catch(() => undefined)
    .finally(() => {
      // Saving starts only after loading, so an empty list never overwrites the saved one.
      if (stopped) return;
      unsubscribe = runs.subscribe(() => {
        clearTimeout(timer);
        timer = setTimeout(save, SAVE_DELAY_MS);
      });
    });
  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  };
}

/** Checks a stored run list before the page trusts it; anything unreadable counts as no list. */
export function parseRunList(value: unknown): RunListState | null {
  const candidate = value as Partial<SavedRunList> | undefined;
  if (candidate?.version !== 1 || !Array.isArray(candidate.list?.runs)) return null;
  const runs = candidate.list.runs.map(parseRun).filter((run): run is RunRecord => run !== null);
  const kept = runs.slice(-MAX_RUNS);
  const nextId = Math.max(Number(candidate.list.nextId) || 1, ...kept.map((run) => run.id + 1));
  const currentId = kept.some((run) => run.id === candidate.list?.currentId)
    ? candidate.list.currentId
    : null;
  return { runs: kept, nextId, currentId: currentId ?? null };
}

function parseRun(value: unknown): RunRecord | null {
  const run = value as Partial<RunRecord> | undefined;
  if (!run || !Number.isInteger(run.id) || typeof run.name !== 'string') return null;
  const settings = validateSettings(run.settings);
  if (!settings.ok || !isHistory(run.history) || !run.figures || typeof run.overlaid !== 'boolean')
    return null;
  if (!['training', 'ab', 'race'].includes(run.origin?.kind ?? '')) return null;
  return {
    ...(run as RunRecord),
    settings: settings.settings,
    history: { ...emptyHistory, ...run.history },
  };
}

function isHistory(history: unknown): history is LossHistory {
  const candidate = history as Partial<LossHistory> | undefined;
  return Array.isArray(candidate?.train?.points) && Array.isArray(candidate.validation?.points);
}
