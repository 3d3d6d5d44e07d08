import { useId } from 'react';
import { numberLimits, type NumberSettingKey } from '../settings/limits';
import { useHiddenField } from '../state/layout-context';
import { usePlayground, useSettings } from '../state/playground-context';
import { glossaryTermOfSetting } from '../learn/glossary';
import { FieldError } from './FieldError';
import { useT } from '../i18n/language-context';
import { GlossaryButton } from './GlossaryButton';
import { useDraft } from './use-draft';

/** A labelled number input for one numeric setting, with the schema's limits and its error under it. */
export function NumberField({
  name,
  step,
  label,
}: {
  name: NumberSettingKey;
  step?: number;
  label?: string;
}) {
  const { settings } = usePlayground();
  const value = useSettings((state) => state.settings[name]);
  const error = useSettings((state) => state.errors[name]);
  const [draft, setDraft] = useDraft(String(value));
  const id = useId();
  const limits = numberLimits(name);
  const field = useT().setting(name);
  const term = glossaryTermOfSetting[name];
  if (useHiddenField(name)) return null;
  return (
    <div className="field">
      <span className="field-label">
        <label htmlFor={id} title={field.help}>
          {label ?? field.label}
        </label>
        {term && <GlossaryButton term={term} />}
      </span>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={draft}
        min={limits.min}
        max={limits.max}
        step={step ?? (limits.integer ? 1 : 'any')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          settings.update(name, event.target.value.trim() === '' ? Number.NaN : Number(event.target.value));
        }}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
