import { optimizerLabels } from '../settings/options';
import { raceOptimizers } from '../settings/race';
import { usePlayground, useSettings } from '../state/playground-context';
import type { RaceState } from '../state/race-state';
import { useStore } from '../state/store';
import { formatCount } from './format';

const raceText: Record<RaceState['phase'], string> = {
  idle: '',
  preparing: 'Preparing the race…',
  running: 'Racing',
  finished: 'Race finished',
  stopped: 'Race stopped',
  failed: 'Race failed',
};

/** Starts or stops the optimizer race and says how it goes. */
export function RaceControls() {
  const { runs } = usePlayground();
  const race = useStore(runs.race);
  const learningRate = useSettings((state) => state.settings.learningRate);
  const busy = race.phase === 'preparing' || race.phase === 'running';
  return (
    <div className="race-controls">
      <div className="button-row">
        {busy ? (
          <button type="button" onClick={runs.stopRace}>
            Stop race
          </button>
        ) : (
          <button type="button" onClick={runs.startRace}>
            Optimizer race
          </button>
        )}
        <span role="status" aria-label="Race status">
          {raceText[race.phase]}
          {race.phase === 'running' && race.samplesPerSecond !== null
            ? ` · ${formatCount(race.samplesPerSecond)} samples/s in all`
            : ''}
          {race.message ? `: ${race.message}` : ''}
        </span>
      </div>
      <p className="hint">
        Trains the current model from the same start with{' '}
        {raceOptimizers.map((optimizer) => optimizerLabels[optimizer]).join(', ')}, each at learning rate{' '}
        {learningRate}, one batch each in turn; their training losses are drawn on the loss chart and their
        runs kept below.
      </p>
    </div>
  );
}
