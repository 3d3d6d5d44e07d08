import type { Translator } from '../i18n/translate';
import type { Phrase } from '../settings/phrases';
import { backendLabels, optimizerLabels, type BackendName } from '../settings/options';
import { isSameRun, type SettingKey, type Settings } from '../settings/schema';
import { emptyHistory, type LossHistory } from './loss-history';

/** A run's final figures, as the top bar showed them when the run was last recorded. */
export interface RunFigures {
  step: number;
  epoch: number;
  trainLoss: number | null;
  validationLoss: number | null;
  samplesPerSecond: number | null;
  backend: BackendName | null;
}

/** Where a run came from: plain training, an A/B copy of another run, or the optimizer race. */
export type RunOrigin =
  | { kind: 'training' }
  /** `note` is a plain string in run lists saved before notes were phrases. */
  | { kind: 'ab'; baseId: number; changed: SettingKey; note: Phrase | string }
  | { kind: 'race'; diverged: boolean };

/** One kept run: its settings, its loss history and its final figures. */
export interface RunRecord {
  id: number;
  name: string;
  settings: Settings;
  history: LossHistory;
  figures: RunFigures;
  origin: RunOrigin;
  /** Drawn over the loss chart. */
  overlaid: boolean;
}

/** The run list: the runs, the id the next one gets, and the run that training now writes to. */
export interface RunListState {
  runs: readonly RunRecord[];
  nextId: number;
  currentId: number | null;
}

/** What a recording takes from the live run. */
export interface RunSnapshot {
  settings: Settings;
  history: LossHistory;
  figures: RunFigures;
}

/** The most runs kept; the oldest ones not drawn go first. Histories are capped by loss-history already. */
export const MAX_RUNS = 20;

export const emptyRunList: RunListState = { runs: [], nextId: 1, currentId: null };

export const noFigures: RunFigures = {
  step: 0,
  epoch: 0,
  trainLoss: null,
  validationLoss: null,
  samplesPerSecond: null,
  backend: null,
};

/** Writes the live run into its record, or into a new one when training moved on to another run. */
export function recordRun(state: RunListState, snapshot: RunSnapshot): RunListState {
  const current = state.runs.find((run) => run.id === state.currentId);
  if (current && isSameRun(current.settings, snapshot.settings)) {
    return updateRun(state, current.id, { ...snapshot });
  }
  return openRun(state, snapshot, { kind: 'training' }, false).state;
}

/** Adds a run and makes it the one training writes to; returns the new state and the run's id. */
export function openRun(
  state: RunListState,
  snapshot: RunSnapshot,
  origin: RunOrigin,
  overlaid: boolean,
): { state: RunListState; id: number } {
  const id = state.nextId;
  const run: RunRecord = { id, name: `Run ${id}`, ...snapshot, origin, overlaid };
  const runs = capRuns([...state.runs, run], id);
  return { state: { runs, nextId: id + 1, currentId: id }, id };
}

/** Adds runs that training does not write to (the racers); returns their ids in order. */
export function addDetachedRuns(
  state: RunListState,
  settingsList: readonly Settings[],
  origin: RunOrigin,
): { state: RunListState; ids: number[] } {
  const ids = settingsList.map((_, index) => state.nextId + index);
  const added = settingsList.map((settings, index): RunRecord => ({
    id: ids[index] as number,
    name: `Run ${ids[index]}`,
    settings,
    history: emptyHistory,
    figures: noFigures,
    origin,
    overlaid: true,
  }));
  const runs = capRuns([...state.runs, ...added], state.currentId, ids);
  return { state: { ...state, runs, nextId: state.nextId + added.length }, ids };
}

/** Training writes to no run until the next one is recorded (after a reset, or when a new run starts). */
export function closeCurrentRun(state: RunListState): RunListState {
  return state.currentId === null ? state : { ...state, currentId: null };
}

/** Changes some fields of one run. */
export function updateRun(
  state: RunListState,
  id: number,
  changes: Partial<Omit<RunRecord, 'id'>>,
): RunListState {
  if (!state.runs.some((run) => run.id === id)) return state;
  return { ...state, runs: state.runs.map((run) => (run.id === id ? { ...run, ...changes } : run)) };
}

/** Renames a run; a blank name gives back the default one. */
export function renameRun(state: RunListState, id: number, name: string): RunListState {
  return updateRun(state, id, { name: name.trim() === '' ? `Run ${id}` : name.slice(0, 60) });
}

/** Removes a run; if training wrote to it, the next recording starts a new one. */
export function deleteRun(state: RunListState, id: number): RunListState {
  return {
    ...state,
    runs: state.runs.filter((run) => run.id !== id),
    currentId: state.currentId === id ? null : state.currentId,
  };
}

/** Draws a run over the loss chart, or stops drawing it. */
export function setOverlaid(state: RunListState, id: number, overlaid: boolean): RunListState {
  return updateRun(state, id, { overlaid });
}

/** Draws exactly these runs over the loss chart. */
export function overlayOnly(state: RunListState, ids: readonly number[]): RunListState {
  return { ...state, runs: state.runs.map((run) => ({ ...run, overlaid: ids.includes(run.id) })) };
}

/** A saved list (after a reload) with the runs recorded before it was read: those come after the saved ones,
 * with new ids, and training keeps writing to the same run. */
export function mergeSavedRuns(saved: RunListState, recorded: RunListState): RunListState {
  if (recorded.runs.length === 0) return saved;
  const newId = (id: number) => saved.nextId + recorded.runs.findIndex((run) => run.id === id);
  const renumbered = recorded.runs.map((run) => ({
    ...run,
    id: newId(run.id),
    name: run.name === `Run ${run.id}` ? `Run ${newId(run.id)}` : run.name,
  }));
  return {
    runs: capRuns([...saved.runs, ...renumbered], null),
    nextId: saved.nextId + recorded.runs.length,
    currentId: recorded.currentId === null ? saved.currentId : newId(recorded.currentId),
  };
}

/** Keeps at most MAX_RUNS runs: drops the oldest ones that are neither drawn, current nor just added, then the
 * oldest of the rest. */
function capRuns(runs: RunRecord[], currentId: number | null, added: readonly number[] = []): RunRecord[] {
  const kept = [...runs];
  const protectedIds = new Set([...added, ...(currentId === null ? [] : [currentId])]);
  const dropOldest = (allowed: (run: RunRecord) => boolean) => {
    while (kept.length > MAX_RUNS) {
      const index = kept.findIndex((run) => allowed(run) && !protectedIds.has(run.id));
      if (index < 0) return;
      kept.splice(index, 1);
    }
  };
  dropOldest((run) => !run.overlaid);
  dropOldest(() => true);
  return kept;
}

/** The name a run is shown by: its own, or "Run N" in the page's language while it has the default one (kept
 * in English, so a renamed run and a default one tell apart in every language). */
export function runName(run: RunRecord, t: Translator['t']): string {
  return run.name === `Run ${run.id}` ? t('runs.defaultName', { id: run.id }) : run.name;
}

/** The optimizer and backend of a run in words: the URL tokens in English, as the run list always showed
 * them; their labels in other languages. */
export function runTokens(run: RunRecord, tr: Translator): { optimizer: string; backend: string | null } {
  const { optimizer } = run.settings;
  const { backend } = run.figures;
  if (tr.language === 'en') return { optimizer, backend };
  return {
    optimizer: tr.option(optimizerLabels, optimizer),
    backend: backend && tr.option(backendLabels, backend),
  };
}

/** The name a run has on the chart's legend: its name, optimizer and learning rate, and what A/B changed. */
export function runLabel(run: RunRecord, tr: Translator): string {
  const figures = {
    name: runName(run, tr.t),
    optimizer: runTokens(run, tr).optimizer,
    rate: run.settings.learningRate,
  };
  if (run.origin.kind !== 'ab' || ['optimizer', 'learningRate'].includes(run.origin.changed))
    return tr.t('runs.legend', figures);
  const { changed } = run.origin;
  return tr.t('runs.legendChanged', {
    ...figures,
    setting: tr.language === 'en' ? changed : tr.setting(changed).label,
    value: formatValue(run.settings[changed]),
  });
}

function formatValue(value: unknown): string {
  return Array.isArray(value) ? `[${value.join(', ')}]` : String(value);
}
