import { isBooleanSetting, optimizerParameters } from '../settings/limits';
import { useSettings } from '../state/playground-context';
import { CheckboxField } from './CheckboxField';
import { NumberField } from './NumberField';
import { useT } from '../i18n/language-context';

/** The constants of the chosen optimizer, each passed to tfjs explicitly. */
export function OptimizerFields() {
  const optimizer = useSettings((state) => state.settings.optimizer);
  const parameters = optimizerParameters[optimizer];
  const { t } = useT();
  if (parameters.length === 0) return <p className="hint">{t('optimizer.noConstants')}</p>;
  return (
    <div className="field-grid">
      {parameters.map((key) =>
        isBooleanSetting(key) ? <CheckboxField key={key} name={key} /> : <NumberField key={key} name={key} />,
      )}
    </div>
  );
}
