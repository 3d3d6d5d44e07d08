import { useId } from 'react';
import { useT } from '../i18n/language-context';
import { useHiddenField } from '../state/layout-context';
import { FieldError } from './FieldError';
import { useDatasetShape, usePlayground, useSettings } from '../state/playground-context';

/** For anomaly detection: which classes the model trains on (none ticked: all). The others stay in the
 * validation set, where their reconstruction error should give them away. */
export function TrainClassesField() {
  const { settings } = usePlayground();
  const chosen = useSettings((state) => state.settings.trainClasses);
  const error = useSettings((state) => state.errors.trainClasses);
  const classes = useDatasetShape().classes;
  const hintId = useId();
  const { t, setting } = useT();
  const field = setting('trainClasses');
  const hidden = useHiddenField('trainClasses');
  if (hidden || !classes || classes.length < 2) return null;
  const toggle = (index: number, on: boolean) =>
    settings.update(
      'trainClasses',
      on ? [...chosen, index].sort((a, b) => a - b) : chosen.filter((value) => value !== index),
    );
  return (
    <fieldset className="train-classes" aria-describedby={hintId}>
      <legend title={field.help}>{field.label}</legend>
      <div className="train-classes-boxes">
        {classes.map((name, index) => (
          <label key={name}>
            <input
              type="checkbox"
              checked={chosen.includes(index)}
              onChange={(event) => toggle(index, event.target.checked)}
            />
            {name}
          </label>
        ))}
      </div>
      <p id={hintId} className="hint">
        {chosen.length === 0
          ? t('classes.allTrain')
          : t('classes.some', { chosen: chosen.length, total: classes.length })}
      </p>
      {chosen.length > 0 && (
        <button type="button" onClick={() => settings.update('trainClasses', [])}>
          {t('classes.trainAll')}
        </button>
      )}
      <FieldError id={`${hintId}-error`} message={error} />
    </fieldset>
  );
}
