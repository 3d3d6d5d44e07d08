import { numberLimits } from '../settings/limits';
import { useHiddenField } from '../state/layout-context';
import { usePlayground, useSettings } from '../state/playground-context';
import { NumberField } from './NumberField';
import { useT } from '../i18n/language-context';

/** The learning rate as a free number and, beside it, a slider over its logarithm: one notch moves it by a
 * constant factor, which is how learning rates are tuned. Changes reach a running model at once. */
export function LearningRateField() {
  const { settings } = usePlayground();
  const learningRate = useSettings((state) => state.settings.learningRate);
  const limits = numberLimits('learningRate');
  const { t } = useT();
  if (useHiddenField('learningRate')) return null;
  return (
    <div className="learning-rate">
      <NumberField name="learningRate" />
      <input
        type="range"
        aria-label={t('field.learningRateSlider')}
        min={Math.log10(limits.min)}
        max={Math.log10(limits.max)}
        step={0.05}
        value={Math.log10(learningRate)}
        aria-valuetext={String(learningRate)}
        onChange={(event) =>
          settings.update('learningRate', Number((10 ** Number(event.target.value)).toPrecision(2)))
        }
      />
    </div>
  );
}
