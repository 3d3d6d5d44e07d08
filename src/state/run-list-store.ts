import { racerSettings } from '../settings/race';
import type { SettingKey, Settings } from '../settings/schema';
import type { FromWorker, ToWorker, TrainingPhase } from '../worker/protocol';
import { planAbTest } from './ab-test';
import { emptyHistory, type LossHistory } from './loss-history';
import { applyRaceProgress, initialRaceState, type RaceState } from './race-state';
import {
  addDetachedRuns,
  closeCurrentRun,
  deleteRun,
  emptyRunList,
  mergeSavedRuns,
  noFigures,
  openRun,
  overlayOnly,
  recordRun,
  renameRun,
  setOverlaid,
  type RunListState,
  type RunSnapshot,
} from './run-list';
import type { SettingsStore } from './settings-store';
import { createStore, type Store } from './store';
import type { TrainingState } from './training-state';
import { phrase, type Phrase } from '../settings/phrases';

/** What the run list needs from the playground. */
export interface RunListDeps {
  settings: SettingsStore;
  training: Store<TrainingState>;
  send: (message: ToWorker) => void;
  /** Drops the live run (recording it first, through the training store). */
  reset: () => void;
  train: () => void;
}

/** The run list and the actions on it: naming, deleting, overlaying, A/B tests and the optimizer race. */
export interface RunList {
  runs: Store<RunListState>;
  race: Store<RaceState>;
  rename: (id: number, name: string) => void;
  remove: (id: number) => void;
  setOverlaid: (id: number, overlaid: boolean) => void;
  /** Trains a copy of the current run with one setting changed; returns why it cannot, or null. */
  startAbTest: (key: SettingKey, text: string) => Phrase | null;
  startRace: () => void;
  stopRace: () => void;
  /** Puts back a saved list (after a reload); runs recorded meanwhile follow the saved ones. */
  load: (saved: RunListState) => void;
  /** Feeds a worker message (the race's) into the list. */
  receive: (message: FromWorker) => void;
}

const recordedPhases: readonly TrainingPhase[] = ['paused', 'done', 'diverged'];

/** Creates the run list. Training writes its run into the list when it pauses, finishes or diverges, and when
 * the run is dropped (a reset, a new run); the racers' runs fill as the race reports. */
export function createRunList(deps: RunListDeps): RunList {
  const runs = createStore<RunListState>(emptyRunList);
  const race = createStore<RaceState>(initialRaceState);
  const { training, settings } = deps;
  const record = (state: TrainingState) => {
    if (!hasPoints(state.history)) return;
    runs.set(recordRun(runs.get(), snapshotOf(state, settings.get().settings)));
  };

  let previous = training.get();
  training.subscribe(() => {
    const next = training.get();
    const before = previous;
    previous = next;
    if (hasPoints(before.history) && !hasPoints(next.history)) {
      record(before);
      runs.set(closeCurrentRun(runs.get()));
    } else if (next.phase !== before.phase && recordedPhases.includes(next.phase)) {
      record(next);
    }
  });

  return {
    runs,
    race,
    rename: (id, name) => runs.set(renameRun(runs.get(), id, name)),
    remove: (id) => runs.set(deleteRun(runs.get(), id)),
    setOverlaid: (id, overlaid) => runs.set(setOverlaid(runs.get(), id, overlaid)),
    startAbTest(key, text) {
      record(training.get());
      const base = runs.get().runs.find((run) => run.id === runs.get().currentId);
      if (!base) return phrase('ab.needRun');
      const plan = planAbTest(settings.get().settings, key, text);
      if (!plan.ok) return plan.message;
      deps.reset();
      if (!settings.patch({ [key]: plan.settings[key] })) return phrase('ab.refused');
      const origin = { kind: 'ab', baseId: base.id, changed: key, note: plan.note } as const;
      const snapshot = { settings: settings.get().settings, history: emptyHistory, figures: noFigures };
      const opened = openRun(runs.get(), snapshot, origin, true);
      runs.set(overlayOnly(opened.state, [base.id, opened.id]));
      deps.train();
      return null;
    },
    startRace() {
      deps.reset();
      const current = settings.get().settings;
      const added = addDetachedRuns(runs.get(), racerSettings(current), { kind: 'race', diverged: false });
      runs.set(overlayOnly(added.state, added.ids));
      race.set({ ...initialRaceState, phase: 'preparing', runIds: added.ids });
      deps.send({ type: 'startRace', settings: current });
    },
    stopRace: () => deps.send({ type: 'stopRace' }),
    load: (saved) => runs.set(mergeSavedRuns(saved, runs.get())),
    receive(message) {
      if (message.type === 'raceStarted')
        race.set({ ...race.get(), phase: 'running', backend: message.backend });
      else if (message.type === 'raceEnded')
        race.set({ ...race.get(), phase: message.outcome, message: message.message });
      else if (message.type === 'raceProgress') {
        const { runs: next, race: nextRace } = applyRaceProgress(runs.get(), race.get(), message);
        runs.set(next);
        race.set(nextRace);
      }
    },
  };
}

function hasPoints(history: LossHistory): boolean {
  return history.train.points.length > 0 || history.train.pending !== null;
}

function snapshotOf(state: TrainingState, settings: Settings): RunSnapshot {
  return {
    settings,
    history: state.history,
    figures: {
      step: state.step,
      epoch: state.epoch,
      trainLoss: state.trainLoss,
      validationLoss: state.validationLoss,
      samplesPerSecond: state.samplesPerSecond,
      backend: state.backend?.active ?? null,
    },
  };
}
