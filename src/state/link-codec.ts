import { isLanguage, languageNames, type Language } from '../i18n/translate';
import { phrase, type Phrase } from '../settings/phrases';
import { settingFields, type SettingKey, type Settings } from '../settings/schema';
import { decodeSettings, encodeSettings } from './url-codec';

/** The collapsible views whose open state a link keeps, and the log-scale switch of the loss chart; the token is
 * also the URL value. */
export const viewLabels = {
  advanced: 'Advanced training settings',
  weights: 'Weights',
  logScale: 'Loss chart on a log scale',
  classroom: 'Classroom',
  export: 'Export and import',
} as const;
export type ViewId = keyof typeof viewLabels;

/** What a link holds besides the settings: the controls a teacher hid and the views left open. */
export interface PageLayout {
  hidden: readonly SettingKey[];
  openViews: readonly ViewId[];
}

export const emptyLayout: PageLayout = { hidden: [], openViews: [] };

/** A link's whole content, and a notice for everything in it that was ignored. */
export interface DecodedLink extends PageLayout {
  settings: Settings;
  /** The interface language the link asks for; null when it names none (the reader's own choice stands). */
  language: Language | null;
  notices: Phrase[];
}

/** `<key>_hide=1` hides a setting's control, as TF Playground's links do. */
const HIDE_SUFFIX = '_hide';
/** The open views, comma-separated. */
const VIEWS_KEY = 'views';
/** The interface language, written only when it is not English, the default. */
const LANGUAGE_KEY = 'lang';
const DEFAULT_LANGUAGE: Language = 'en';
const MAX_HASH_LENGTH = 20_000;

/** Writes the settings, the hidden controls, the open views and (unless English) the interface language into a
 * URL hash (without the leading #). */
export function encodeLink(
  settings: Settings,
  layout: PageLayout,
  language: Language = DEFAULT_LANGUAGE,
): string {
  const params = new URLSearchParams(encodeSettings(settings));
  for (const key of layout.hidden) params.set(`${key}${HIDE_SUFFIX}`, '1');
  if (layout.openViews.length > 0) params.set(VIEWS_KEY, layout.openViews.join(','));
  if (language !== DEFAULT_LANGUAGE) params.set(LANGUAGE_KEY, language);
  return params.toString();
}

/** Reads a link's hash over `base` settings. Never throws: unknown keys and bad values are left out, each
 * with a notice, and the settings always pass the schema. */
export function decodeLink(hash: string, base?: Settings): DecodedLink {
  const text = hash.replace(/^#/, '');
  if (text.length > MAX_HASH_LENGTH) return { ...decodeSettings(text, base), ...emptyLayout, language: null };
  const notices: Phrase[] = [];
  const hidden = new Set<SettingKey>();
  const openViews = new Set<ViewId>();
  let language: Language | null = null;
  const settingParams = new URLSearchParams();
  for (const [key, raw] of new URLSearchParams(text)) {
    if (key.endsWith(HIDE_SUFFIX)) readHide(key.slice(0, -HIDE_SUFFIX.length), raw, hidden, notices);
    else if (key === VIEWS_KEY) readViews(raw, openViews, notices);
    else if (key === LANGUAGE_KEY) language = readLanguage(raw, notices) ?? language;
    else settingParams.append(key, raw);
  }
  const decoded = decodeSettings(settingParams.toString(), base);
  return {
    settings: decoded.settings,
    language,
    notices: [...notices, ...decoded.notices],
    hidden: [...hidden],
    openViews: [...openViews],
  };
}

function readHide(name: string, raw: string, hidden: Set<SettingKey>, notices: Phrase[]): void {
  if (!isSettingKey(name)) notices.push(phrase('link.cannotHide', { name: truncate(name) }));
  else if (raw === '1' || raw === 'true') hidden.add(name);
  else if (raw !== '0' && raw !== 'false')
    notices.push(phrase('link.badHide', { setting: { setting: name }, value: truncate(raw) }));
}

function readViews(raw: string, openViews: Set<ViewId>, notices: Phrase[]): void {
  for (const token of raw.split(',')) {
    if (token === '') continue;
    if (Object.hasOwn(viewLabels, token)) openViews.add(token as ViewId);
    else notices.push(phrase('link.unknownView', { view: truncate(token) }));
  }
}

function readLanguage(raw: string, notices: Phrase[]): Language | null {
  if (isLanguage(raw)) return raw;
  notices.push(
    phrase('link.unknownLanguage', {
      value: truncate(raw),
      languages: Object.keys(languageNames).join(', '),
    }),
  );
  return null;
}

function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingFields, key);
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
