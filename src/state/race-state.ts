import type { BackendName } from '../settings/options';
import type { Phrase } from '../settings/phrases';
import type { FromWorker } from '../worker/protocol';
import { appendPoints } from './loss-history';
import type { RunListState, RunRecord } from './run-list';

/** Where the optimizer race is, and which runs of the list its racers write to (in race order). */
export interface RaceState {
  phase: 'idle' | 'preparing' | 'running' | 'finished' | 'stopped' | 'failed';
  runIds: readonly number[];
  backend: BackendName | null;
  samplesPerSecond: number | null;
  message: Phrase | null;
}

export const initialRaceState: RaceState = {
  phase: 'idle',
  runIds: [],
  backend: null,
  samplesPerSecond: null,
  message: null,
};

/** Appends each racer's losses to its run and updates its figures; the racers share the race's pace. */
export function applyRaceProgress(
  list: RunListState,
  race: RaceState,
  message: Extract<FromWorker, { type: 'raceProgress' }>,
): { runs: RunListState; race: RaceState } {
  const share = message.samplesPerSecond === null ? null : message.samplesPerSecond / race.runIds.length;
  const reports = new Map(message.racers.map((report) => [race.runIds[report.index], report]));
  const runs = list.runs.map((run): RunRecord => {
    const report = reports.get(run.id);
    if (!report) return run;
    const train = report.trainLoss === null ? [] : [{ epoch: report.epoch, loss: report.trainLoss }];
    return {
      ...run,
      history: {
        ...run.history,
        train: appendPoints(run.history.train, train),
        validation: appendPoints(run.history.validation, report.validation),
      },
      figures: {
        step: report.step,
        epoch: Math.floor(report.epoch),
        trainLoss: report.trainLoss ?? run.figures.trainLoss,
        validationLoss: report.validation.at(-1)?.loss ?? run.figures.validationLoss,
        samplesPerSecond: share ?? run.figures.samplesPerSecond,
        backend: race.backend,
      },
      origin: { kind: 'race', diverged: report.diverged },
    };
  });
  return { runs: { ...list, runs }, race: { ...race, samplesPerSecond: message.samplesPerSecond } };
}
