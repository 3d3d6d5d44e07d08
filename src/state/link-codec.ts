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
  notices: string[];
}

/** `<key>_hide=1` hides a setting's control, as TF Playground's links do. */
const HIDE_SUFFIX = '_hide';
/** The open views, comma-separated. */
const VIEWS_KEY = 'views';
const MAX_HASH_LENGTH = 20_000;

/** Writes the settings, the hidden controls and the open views into a URL hash (without the leading #). */
export function encodeLink(settings: Settings, layout: PageLayout): string {
  const params = new URLSearchParams(encodeSettings(settings));
  for (const key of layout.hidden) params.set(`${key}${HIDE_SUFFIX}`, '1');
  if (layout.openViews.length > 0) params.set(VIEWS_KEY, layout.openViews.join(','));
  return params.toString();
}

/** Reads a link's hash over `base` settings. Never throws: unknown keys and bad values are left out, each
 * with a notice, and the settings always pass the schema. */
export function decodeLink(hash: string, base?: Settings): DecodedLink {
  const text = hash.replace(/^#/, '');
  if (text.length > MAX_HASH_LENGTH) return { ...decodeSettings(text, base), ...emptyLayout };
  const notices: string[] = [];
  const hidden = new Set<SettingKey>();
  const openViews = new Set<ViewId>();
  const settingParams = new URLSearchParams();
  for (const [key, raw] of new URLSearchParams(text)) {
    if (key.endsWith(HIDE_SUFFIX)) readHide(key.slice(0, -HIDE_SUFFIX.length), raw, hidden, notices);
    else if (key === VIEWS_KEY) readViews(raw, openViews, notices);
    else settingParams.append(key, raw);
  }
  const decoded = decodeSettings(settingParams.toString(), base);
  return {
    settings: decoded.settings,
    notices: [...notices, ...decoded.notices],
    hidden: [...hidden],
    openViews: [...openViews],
  };
}

function readHide(name: string, raw: string, hidden: Set<SettingKey>, notices: string[]): void {
  if (!isSettingKey(name)) notices.push(`Cannot hide “${truncate(name)}”: there is no such setting.`);
  else if (raw === '1' || raw === 'true') hidden.add(name);
  else if (raw !== '0' && raw !== 'false')
    notices.push(`${settingFields[name].label}: hide “${truncate(raw)}” is not 1 or 0; left visible.`);
}

function readViews(raw: string, openViews: Set<ViewId>, notices: string[]): void {
  for (const token of raw.split(',')) {
    if (token === '') continue;
    if (Object.hasOwn(viewLabels, token)) openViews.add(token as ViewId);
    else notices.push(`Unknown view “${truncate(token)}” ignored.`);
  }
}

function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingFields, key);
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
