import { useId } from 'react';
import { useT } from '../i18n/language-context';

/** A labelled "Theme" select over the given choices; calls `onChange` with the key picked. */
export function ThemeSwitch<K extends string>({
  value,
  options,
  onChange,
}: {
  value: K;
  options: Record<K, string>;
  onChange: (choice: K) => void;
}) {
  const id = useId();
  const { t } = useT();
  const keys = Object.keys(options).filter((key): key is K => key in options);
  return (
    <div className="theme-switch">
      <label htmlFor={id}>{t('theme.label')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const picked = keys.find((key) => key === event.target.value);
          if (picked) onChange(picked);
        }}
      >
        {keys.map((key) => (
          <option key={key} value={key}>
            {options[key]}
          </option>
        ))}
      </select>
    </div>
  );
}
