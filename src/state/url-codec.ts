import {
  defaultSettings,
  settingFields,
  settingKeys,
  type SettingKey,
  type Settings,
} from '../settings/schema';
import { phrase, type Phrase } from '../settings/phrases';
import { validateSettings } from '../settings/validate';

/** Writes every setting into a URL hash (without the leading #): `key=value` pairs, lists comma-separated. */
export function encodeSettings(settings: Settings): string {
  const params = new URLSearchParams();
  for (const key of settingKeys) {
    const value = settings[key];
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params.toString();
}

/** Settings read from a hash, and a notice for every key or value that was ignored. */
export interface DecodedSettings {
  settings: Settings;
  notices: Phrase[];
}

const MAX_HASH_LENGTH = 20_000;

/** Reads settings from a URL hash over `base`. Never throws: unknown keys and bad values are left out and
 * reported, and the result always passes the schema. */
export function decodeSettings(hash: string, base: Settings = defaultSettings): DecodedSettings {
  const notices: Phrase[] = [];
  const text = hash.replace(/^#/, '');
  if (text.length > MAX_HASH_LENGTH) return { settings: base, notices: [phrase('link.tooLong')] };
  const candidate: Record<string, unknown> = { ...base };
  for (const [key, raw] of readParams(text, notices)) {
    if (!isSettingKey(key)) {
      notices.push(phrase('link.unknownSetting', { key: truncate(key) }));
      continue;
    }
    const parsed = settingFields[key].schema.safeParse(parseValue(raw, base[key]));
    if (parsed.success) candidate[key] = parsed.data;
    else
      notices.push(
        phrase('link.badValue', { setting: { setting: key }, value: truncate(raw), kept: String(base[key]) }),
      );
  }
  return { settings: settleCombinations(candidate, base, notices), notices };
}

function readParams(text: string, notices: Phrase[]): [string, string][] {
  try {
    return [...new URLSearchParams(text)];
  } catch {
    notices.push(phrase('link.unreadable'));
    return [];
  }
}

function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingFields, key);
}

function parseValue(raw: string, example: unknown): unknown {
  if (typeof example === 'number') return raw.trim() === '' ? Number.NaN : Number(raw);
  if (typeof example === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (Array.isArray(example))
    return raw === '' ? [] : raw.split(',').map((item) => (item.trim() === '' ? Number.NaN : Number(item)));
  return raw;
}

/** Falls back to `base` for fields that are valid alone but not together, until the whole passes. */
function settleCombinations(candidate: Record<string, unknown>, base: Settings, notices: Phrase[]): Settings {
  for (let attempt = 0; attempt <= settingKeys.length; attempt++) {
    const result = validateSettings(candidate);
    if (result.ok) return result.settings;
    for (const error of result.errors) {
      if (!error.field) return base;
      candidate[error.field] = base[error.field];
      notices.push(
        phrase('link.clash', { error: { fieldError: error.message }, kept: String(base[error.field]) }),
      );
    }
  }
  return base;
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
