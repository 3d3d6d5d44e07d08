import { useId } from 'react';
import { FieldError } from '../components/FieldError';
import { useDraft } from '../components/use-draft';

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
  const error = problemWith(draft, min, max, optional);
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
          if (problemWith(text, min, max, optional)) return;
          onChange(text.trim() === '' ? null : Number(text));
        }}
      />
      <FieldError id={`${id}-error`} message={error ?? undefined} />
    </div>
  );
}

function problemWith(text: string, min: number, max: number, optional: boolean): string | null {
  if (text.trim() === '') return optional ? null : 'Enter a whole number.';
  const number = Number(text);
  if (!Number.isInteger(number)) return 'Enter a whole number.';
  if (max < min) return 'There are no samples yet.';
  if (number < min || number > max) return `Enter a number from ${min} to ${max}.`;
  return null;
}
