import { usePlayground, useSettings } from '../state/playground-context';
import { isTrainingSettled, type TrainingState } from '../state/training-state';
import { LIVE_VIEW_INTERVAL_MS, useThrottledSelection } from '../state/use-throttled-selection';
import { formatCount, formatLoss } from './format';
import { Readout } from './Readout';
import { useT } from '../i18n/language-context';

const selectState = (state: TrainingState) => state;

/** Epoch, step, losses and speed of the run, as the worker last reported them: four times a second while
 * training (the worker reports ten), and at once where the run stops. */
export function LiveFigures() {
  const { step, epoch, trainLoss, validationLoss, samplesPerSecond, tensorCount } = useThrottledSelection(
    usePlayground().training,
    selectState,
    LIVE_VIEW_INTERVAL_MS,
    { transition: false, atOnceWhen: isTrainingSettled },
  );
  const epochs = useSettings((state) => state.settings.epochs);
  const { t } = useT();
  return (
    <div className="live-figures">
      <Readout
        label={t('figures.epoch')}
        value={String(Math.floor(epoch))}
        detail={<span className="of">/ {formatCount(epochs)}</span>}
      />
      <Readout quiet label={t('figures.step')} value={String(step)} />
      <Readout quiet label={t('figures.trainingLoss')} value={formatLoss(trainLoss)} />
      <Readout quiet label={t('figures.validationLoss')} value={formatLoss(validationLoss)} />
      <Readout
        quiet
        label={t('figures.samplesPerSecond')}
        value={samplesPerSecond === null ? '—' : formatCount(samplesPerSecond)}
      />
      <Readout
        quiet
        label={t('figures.tensors')}
        value={tensorCount === null ? '—' : formatCount(tensorCount)}
      />
    </div>
  );
}
