import { useId } from 'react';
import { useLanguageStore, useT } from '../i18n/language-context';
import { isLanguage, languageNames } from '../i18n/translate';

/** The "Language / 语言" select: English or Simplified Chinese for the whole interface. */
export function LanguageSwitch() {
  const store = useLanguageStore();
  const { language, t } = useT();
  const id = useId();
  return (
    <div className="theme-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) store.set(event.target.value);
        }}
      >
        {Object.entries(languageNames).map(([key, name]) => (
          <option key={key} value={key} lang={key}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
