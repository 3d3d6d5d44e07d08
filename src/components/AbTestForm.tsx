import { useId, useState } from 'react';
import { abSettingKeys, abValueInput, formatAbValue } from '../state/ab-test';
import {
  activationLabels,
  backendLabels,
  clippingLabels,
  datasetLabels,
  latentActivationLabels,
  lossLabels,
  noiseTypeLabels,
  optimizerLabels,
  outputActivationLabels,
  variantLabels,
} from '../settings/options';
import type { Phrase } from '../settings/phrases';
import type { SettingKey } from '../settings/schema';
import { useT } from '../i18n/language-context';
import { usePlayground, useSettings, useTraining } from '../state/playground-context';
import { useStore } from '../state/store';

/** The option table of each setting chosen from a list, so a choice is shown by its label. */
const choiceLabels: Partial<Record<SettingKey, Readonly<Record<string, string>>>> = {
  dataset: datasetLabels,
  hiddenActivation: activationLabels,
  latentActivation: latentActivationLabels,
  outputActivation: outputActivationLabels,
  loss: lossLabels,
  optimizer: optimizerLabels,
  clipping: clippingLabels,
  backend: backendLabels,
  variant: variantLabels,
  noiseType: noiseTypeLabels,
};

/** A yes/no setting's values, which are also its tokens in a link. */
const booleanTokens = ['true', 'false'] as const;

/** A/B: trains a copy of the current run with one setting changed (same seed, same data), both drawn. */
export function AbTestForm() {
  const { runs } = usePlayground();
  const settings = useSettings((state) => state.settings);
  const training = useTraining((state) => state.step > 0);
  const hasRun = useStore(runs.runs, (state) => state.currentId !== null) || training;
  const [key, setKey] = useState<SettingKey>('learningRate');
  // Null until the user types: the field then shows the setting's current value.
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<Phrase | null>(null);
  const id = useId();
  const { t, setting, option: optionLabel, phrase } = useT();
  const labels = choiceLabels[key];
  const input = abValueInput(key);
  const value = text ?? formatAbValue(settings[key]);
  const submit = () => setError(runs.startAbTest(key, value));
  return (
    <form
      className="ab-form"
      aria-label={t('label.abTest')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="field-grid">
        <div className="field">
          <label htmlFor={`${id}-setting`}>{t('ab.setting')}</label>
          <select
            id={`${id}-setting`}
            value={key}
            onChange={(event) => {
              setKey(event.target.value as SettingKey);
              setText(null);
              setError(null);
            }}
          >
            {abSettingKeys.map((option) => (
              <option key={option} value={option}>
                {setting(option).label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-value`}>{t('ab.value')}</label>
          {input.kind === 'choice' || input.kind === 'boolean' ? (
            <select id={`${id}-value`} value={value} onChange={(event) => setText(event.target.value)}>
              {input.kind === 'choice'
                ? input.options.map((option) => (
                    <option key={option} value={option}>
                      {labels ? optionLabel(labels, option) : option}
                    </option>
                  ))
                : booleanTokens.map((option) => (
                    <option key={option} value={option}>
                      {t(`ab.${option}`)}
                    </option>
                  ))}
            </select>
          ) : (
            <input
              id={`${id}-value`}
              type="text"
              inputMode={input.kind === 'number' ? 'decimal' : 'text'}
              value={value}
              onChange={(event) => setText(event.target.value)}
            />
          )}
        </div>
      </div>
      <button type="submit" disabled={!hasRun}>
        {t('ab.run')}
      </button>
      {!hasRun && <p className="hint">{t('ab.needRun')}</p>}
      {error && (
        <p role="alert" className="field-error">
          {phrase(error)}
        </p>
      )}
    </form>
  );
}
