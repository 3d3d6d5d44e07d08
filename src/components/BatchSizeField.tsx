import { batchMode, effectiveBatchSize } from '../settings/model-shape';
import { useHiddenField } from '../state/layout-context';
import { usePlayground, useSettings } from '../state/playground-context';
import { formatCount } from './format';
import { NumberField } from './NumberField';
import { useT } from '../i18n/language-context';

/** The batch size, with what it makes of gradient descent and shortcuts to its two extremes. */
export function BatchSizeField() {
  const { settings } = usePlayground();
  const { batchSize, trainSize } = useSettings((state) => state.settings);
  const mode = batchMode(batchSize, trainSize);
  const { t } = useT();
  const steps = Math.ceil(trainSize / effectiveBatchSize({ batchSize, trainSize }));
  if (useHiddenField('batchSize')) return null;
  return (
    <div className="batch-size">
      <NumberField name="batchSize" />
      <p className="hint" aria-live="polite">
        {t(`batch.${mode}`)} ·{' '}
        {t(steps === 1 ? 'batch.stepPerEpoch' : 'batch.stepsPerEpoch', { count: formatCount(steps) })}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => settings.update('batchSize', 1)}>
          {t('batch.sgd')}
        </button>
        <button type="button" onClick={() => settings.update('batchSize', trainSize)}>
          {t('batch.full')}
        </button>
      </div>
    </div>
  );
}
