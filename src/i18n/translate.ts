import type { FormulaEntry } from '../learn/formula-entry';
import { formatPhrase, isPhrase, phraseTexts, type Phrase } from '../settings/phrases';
import type { SettingKey } from '../settings/schema';
import { en, type UiKey, type uiMessages } from './en';
import { translateFieldError } from './field-errors';
import { formatMessage, type MessageParams } from './format';
import { optionTables } from './source-texts';
import { zhCN } from './zh-CN';

/** The languages of the interface; the key is also the `<html lang>` value. */
export type Language = 'en' | 'zh-CN';

/** The language switch's choices, each named in its own language. */
export const languageNames: Record<Language, string> = { en: 'English', 'zh-CN': '中文' };

/** The catalogue of each language, key → text. */
export const catalogues: Record<Language, Record<string, string>> = { en, 'zh-CN': zhCN };

/** Whether a value names one of the interface's languages. */
export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'zh-CN';
}

/** Everything a component needs to show its text in one language. */
export interface Translator {
  language: Language;
  /** An interface string, with its figures filled in. */
  t: <K extends UiKey>(key: K, ...params: MessageParams<(typeof uiMessages)[K]>) => string;
  /** A text by catalogue key; `fallback` (the English) when the catalogue lacks it. */
  text: (key: string, fallback: string) => string;
  /** A setting's label and help. */
  setting: (key: SettingKey) => { label: string; help: string };
  /** The label of `token` in one of the option tables of src/settings/options.ts. */
  option: (table: Readonly<Record<string, string>>, token: string) => string;
  /** A Learn entry with its name and explanations in this language; the TeX stays as it is. */
  formula: (entry: FormulaEntry) => FormulaEntry;
  /** A sentence made away from the page (the worker, a parser, the link reader) in this language; a plain
   * string (a message saved before phrases existed) as it is. */
  phrase: (value: Phrase | string) => string;
  /** A built-in data set's class name (src/settings/datasets.ts) in this language; other names as they are. */
  className: (name: string) => string;
}

const tableNames = new Map<object, string>(
  Object.entries(optionTables).map(([name, table]) => [table, name]),
);

/** The key of each Learn text by its English, so an entry built from the settings finds its translation. */
const learnKeyOfEnglish = new Map<string, string>(
  Object.entries(en)
    .filter(([key]) => key.startsWith('learn.') && key.split('.').length === 4)
    .map(([key, english]) => [english, key]),
);

function createTranslator(language: Language): Translator {
  const catalogue = catalogues[language];
  const text = (key: string, fallback: string) => catalogue[key] ?? fallback;
  const translateEnglish = (english: string) => {
    const key = learnKeyOfEnglish.get(english);
    return key ? text(key, english) : english;
  };
  const t: Translator['t'] = (key, ...params) => formatMessage(text(key, en[key] ?? key), params[0]);
  const translator: Translator = {
    language,
    t,
    text,
    setting: (key) => ({
      label: text(`setting.${key}.label`, en[`setting.${key}.label`] ?? key),
      help: text(`setting.${key}.help`, en[`setting.${key}.help`] ?? ''),
    }),
    option: (table, token) => {
      const english = table[token] ?? token;
      const name = tableNames.get(table);
      return name ? text(`option.${name}.${token}`, english) : english;
    },
    phrase: (value) => {
      if (!isPhrase(value)) return typeof value === 'string' ? value : '';
      return formatPhrase(value, {
        text: (code) => text(`phrase.${code}`, phraseTexts[code]),
        setting: (key) => translator.setting(key).label,
        fieldError: (message) => translateFieldError(message, translator),
        separator: t('list.separator'),
      });
    },
    className: (name) => {
      const numbered = /^(cluster|segment) (\d+)$/.exec(name);
      if (numbered?.[1] === 'cluster') return t('class.cluster', { number: numbered[2] ?? '' });
      if (numbered?.[1] === 'segment') return t('class.segment', { number: numbered[2] ?? '' });
      return text(`className.${name}`, name);
    },
    formula: (entry) => ({
      ...entry,
      name: translateEnglish(entry.name),
      explanation: translateEnglish(entry.explanation),
      whenToUse: translateEnglish(entry.whenToUse),
    }),
  };
  return translator;
}

const translators: Record<Language, Translator> = {
  en: createTranslator('en'),
  'zh-CN': createTranslator('zh-CN'),
};

/** The translator of a language; the same object every time, so it can sit in React dependencies. */
export function translatorFor(language: Language): Translator {
  return translators[language];
}
