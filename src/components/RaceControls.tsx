import { optimizerLabels } from '../settings/options';
import { raceOptimizers } from '../settings/race';
import { usePlayground, useSettings } from '../state/playground-context';
import { useStore } from '../state/store';
import { formatCount } from './format';
import { useT } from '../i18n/language-context';

/** Starts or stops the optimizer race and says how it goes. */
export function RaceControls() {
  const { runs } = usePlayground();
  const race = useStore(runs.race);
  const learningRate = useSettings((state) => state.settings.learningRate);
  const busy = race.phase === 'preparing' || race.phase === 'running';
  const tr = useT();
  const { t } = tr;
  return (
    <div className="race-controls">
      <div className="button-row">
        {busy ? (
          <button type="button" onClick={runs.stopRace}>
            {t('race.stop')}
          </button>
        ) : (
          <button type="button" onClick={runs.startRace}>
            {t('race.start')}
          </button>
        )}
        <span role="status" aria-label={t('label.raceStatus')}>
          {race.phase === 'idle' ? '' : t(`race.${race.phase}`)}
          {race.phase === 'running' && race.samplesPerSecond !== null
            ? ` ${t('race.speed', { speed: formatCount(race.samplesPerSecond) })}`
            : ''}
          {race.message ? `: ${tr.phrase(race.message)}` : ''}
        </span>
      </div>
      <p className="hint">
        {t('race.hint', {
          optimizers: raceOptimizers.map((optimizer) => tr.option(optimizerLabels, optimizer)).join(', '),
          rate: learningRate,
        })}
      </p>
    </div>
  );
}
