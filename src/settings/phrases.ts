import { phraseTexts } from './phrase-texts';
import { settingFields, type SettingKey } from './schema';

// Sentences made away from the page (the worker, the parsers, the link reader, the stores) travel as a code
// and their figures, not as English: the page words them in its language (src/i18n/translate.ts), and the
// English of each code is written once, in phrase-texts.ts, which the catalogue keys as `phrase.<code>`.

export { phraseTexts };

/** The code of a sentence: a key of phraseTexts. */
export type PhraseCode = keyof typeof phraseTexts;

/** A figure of a phrase: as it is (a number, a file name, a token), another phrase, a setting's label, a
 * message of the settings validator (src/settings/validate.ts), or a list of figures. */
export type PhraseValue =
  | string
  | number
  | Phrase
  | { readonly setting: SettingKey }
  | { readonly fieldError: string }
  | readonly PhraseValue[];

/** A sentence as plain data: its code and its figures. Survives postMessage and storage. */
export interface Phrase {
  readonly code: PhraseCode;
  readonly params: Readonly<Record<string, PhraseValue>>;
}

type Names<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Names<Rest> : never;

/** The figures a phrase of code `C` takes: none, or one value per placeholder. */
export type PhraseParams<C extends PhraseCode> = [Names<(typeof phraseTexts)[C]>] extends [never]
  ? []
  : [params: Record<Names<(typeof phraseTexts)[C]>, PhraseValue>];

/** Makes a phrase; the compiler checks that the figures match the placeholders of the code's English. */
export function phrase<C extends PhraseCode>(code: C, ...params: PhraseParams<C>): Phrase {
  return { code, params: params[0] ?? {} };
}

/** How one language words the parts of a phrase. */
export interface PhraseWording {
  /** The text of a code, with `{name}` placeholders. */
  text: (code: PhraseCode) => string;
  setting: (key: SettingKey) => string;
  fieldError: (message: string) => string;
  /** What separates the items of a list. */
  separator: string;
}

/** A phrase in words: its code's text with each placeholder filled, nested phrases worded the same way. */
export function formatPhrase(value: Phrase, wording: PhraseWording): string {
  return wording.text(value.code).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const figure = value.params[name];
    return figure === undefined ? whole : formatValue(figure, wording);
  });
}

function formatValue(figure: PhraseValue, wording: PhraseWording): string {
  if (typeof figure === 'string' || typeof figure === 'number') return String(figure);
  if (isList(figure)) return figure.map((item) => formatValue(item, wording)).join(wording.separator);
  if ('setting' in figure) return wording.setting(figure.setting);
  if ('fieldError' in figure) return wording.fieldError(figure.fieldError);
  return formatPhrase(figure, wording);
}

function isList(figure: PhraseValue): figure is readonly PhraseValue[] {
  return Array.isArray(figure);
}

const englishWording: PhraseWording = {
  text: (code) => phraseTexts[code],
  setting: (key) => settingFields[key].label,
  fieldError: (message) => message,
  separator: '; ',
};

/** A phrase in English, the source language: what logs and tests read. */
export function phraseText(value: Phrase): string {
  return formatPhrase(value, englishWording);
}

/** Whether a value is a phrase (and not, say, a message saved before phrases existed). */
export function isPhrase(value: unknown): value is Phrase {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Phrase).code === 'string' &&
    Object.hasOwn(phraseTexts, (value as Phrase).code) &&
    typeof (value as Phrase).params === 'object'
  );
}

/** An error that carries its phrase; its message is the English. */
export class PhraseError extends Error {
  readonly phrase: Phrase;

  constructor(value: Phrase, options?: ErrorOptions) {
    super(phraseText(value), options);
    this.phrase = value;
  }
}

/** What went wrong as a phrase: a PhraseError's own, or the message of any other error as written (a library's
 * or the browser's words, which no catalogue holds). */
export function phraseOf(error: unknown): Phrase {
  if (error instanceof PhraseError) return error.phrase;
  return phrase('raw', { text: error instanceof Error ? error.message : String(error) });
}
