import { useId } from 'react';
import { FieldError } from '../components/FieldError';
import { useDraft } from '../components/use-draft';
import { useT } from '../i18n/language-context';
import type { Translator } from '../i18n/translate';

/** A labelled whole-number input for a view: it passes on `value` only when valid (empty gives null when
 * `optional`), and otherwise keeps the typed text and shows why it was refused. */
export function IntegerField({
  label,
  value,
  min,
  max,
  optional = false,
  onChange,
}: {
  label: string;
  value: number | null;
  min: number;
  max: number;
  optional?: boolean;
  onChange: (value: number | null) => void;
}) {
  const [draft, setDraft] = useDraft(value === null ? '' : String(value));
  const id = useId();
  const { t } = useT();
  const error = problemWith(draft, min, max, optional, t);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          if (problemWith(text, min, max, optional, t)) return;
          onChange(text.trim() === '' ? null : Number(text));
        }}
      />
      <FieldError id={`${id}-error`} message={error ?? undefined} />
    </div>
  );
}

function problemWith(
  text: string,
  min: number,
  max: number,
  optional: boolean,
  t: Translator['t'],
): string | null {
  if (text.trim() === '') return optional ? null : t('field.wholeNumber');
  const number = Number(text);
  if (!Number.isInteger(number)) return t('field.wholeNumber');
  if (max < min) return t('field.noSamples');
  if (number < min || number > max) return t('field.range', { min, max });
  return null;
}
