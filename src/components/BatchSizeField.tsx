import { batchMode, effectiveBatchSize } from '../settings/model-shape';
import { useHiddenField } from '../state/layout-context';
import { usePlayground, useSettings } from '../state/playground-context';
import { formatCount } from './format';
import { NumberField } from './NumberField';

const modeNames = {
  stochastic: 'Stochastic gradient descent: one sample per step',
  'mini-batch': 'Mini-batch gradient descent',
  'full-batch': 'Full-batch gradient descent: the whole training set per step',
} as const;

/** The batch size, with what it makes of gradient descent and shortcuts to its two extremes. */
export function BatchSizeField() {
  const { settings } = usePlayground();
  const { batchSize, trainSize } = useSettings((state) => state.settings);
  const mode = batchMode(batchSize, trainSize);
  const steps = Math.ceil(trainSize / effectiveBatchSize({ batchSize, trainSize }));
  if (useHiddenField('batchSize')) return null;
  return (
    <div className="batch-size">
      <NumberField name="batchSize" />
      <p className="hint" aria-live="polite">
        {modeNames[mode]} · {formatCount(steps)} {steps === 1 ? 'step' : 'steps'} per epoch
      </p>
      <div className="button-row">
        <button type="button" onClick={() => settings.update('batchSize', 1)}>
          1 (SGD)
        </button>
        <button type="button" onClick={() => settings.update('batchSize', trainSize)}>
          Full batch
        </button>
      </div>
    </div>
  );
}
