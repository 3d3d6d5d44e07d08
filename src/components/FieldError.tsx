import { translateFieldError } from '../i18n/field-errors';
import { useT } from '../i18n/language-context';

/** The message of a rejected edit, announced at once and shown under its field until fixed. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const tr = useT();
  if (!message) return null;
  return (
    <p id={id} role="alert" className="field-error">
      {translateFieldError(message, tr)}
    </p>
  );
}
