import { useTraining, useSettings } from '../state/playground-context';
import { formatCount, formatLoss } from './format';
import { Readout } from './Readout';

/** Epoch, step, losses and speed of the run, as the worker last reported them. */
export function LiveFigures() {
  const { step, epoch, trainLoss, validationLoss, samplesPerSecond, tensorCount } = useTraining(
    (state) => state,
  );
  const epochs = useSettings((state) => state.settings.epochs);
  return (
    <div className="live-figures">
      <Readout
        label="Epoch"
        value={String(Math.floor(epoch))}
        detail={<span className="of">/ {formatCount(epochs)}</span>}
      />
      <Readout quiet label="Step" value={String(step)} />
      <Readout quiet label="Training loss" value={formatLoss(trainLoss)} />
      <Readout quiet label="Validation loss" value={formatLoss(validationLoss)} />
      <Readout
        quiet
        label="Samples/s"
        value={samplesPerSecond === null ? '—' : formatCount(samplesPerSecond)}
      />
      <Readout quiet label="Tensors" value={tensorCount === null ? '—' : formatCount(tensorCount)} />
    </div>
  );
}
