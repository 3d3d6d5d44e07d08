import { useId } from 'react';
import type { SettingKey, Settings } from '../settings/schema';
import { useHiddenField } from '../state/layout-context';
import { usePlayground, useSettings } from '../state/playground-context';
import { FieldError } from './FieldError';
import { useT } from '../i18n/language-context';

type ChoiceKey = { [K in SettingKey]: Settings[K] extends string ? K : never }[SettingKey];

/** A labelled drop-down for a setting chosen from an option table. */
export function SelectField<K extends ChoiceKey>({
  name,
  options,
}: {
  name: K;
  options: Record<Settings[K], string>;
}) {
  const { settings } = usePlayground();
  const value = useSettings((state) => state.settings[name]);
  const error = useSettings((state) => state.errors[name]);
  const id = useId();
  const tr = useT();
  const field = tr.setting(name);
  if (useHiddenField(name)) return null;
  return (
    <div className="field">
      <label htmlFor={id} title={field.help}>
        {field.label}
      </label>
      <select
        id={id}
        value={value}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => settings.update(name, event.target.value as Settings[K])}
      >
        {Object.keys(options).map((token) => (
          <option key={token} value={token}>
            {tr.option(options, token)}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
