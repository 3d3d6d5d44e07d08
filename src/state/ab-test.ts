import { datasetShape } from '../settings/datasets';
import { layerWidths } from '../settings/model-shape';
import {
  defaultSettings,
  settingFields,
  settingKeys,
  type SettingKey,
  type Settings,
} from '../settings/schema';
import { validateSettings } from '../settings/validate';

/** The settings an A/B test may change: all but the seed, which both runs share. */
export const abSettingKeys: readonly SettingKey[] = settingKeys.filter((key) => key !== 'seed');

/** How the A/B form asks for a setting's new value. */
export type AbValueInput =
  | { kind: 'choice'; options: readonly string[] }
  | { kind: 'boolean' }
  | { kind: 'number' }
  | { kind: 'list' };

/** Settings that change the data set the runs train on. */
const dataKeys: readonly SettingKey[] = [
  'dataset',
  'trainSize',
  'validationSize',
  'featureCount',
  'clusterCount',
  'noise',
  'anomalyFraction',
  'trainClasses',
];

/** The input the form shows for a setting, read from the schema. */
export function abValueInput(key: SettingKey): AbValueInput {
  const example = defaultSettings[key];
  if (typeof example === 'boolean') return { kind: 'boolean' };
  if (typeof example === 'number') return { kind: 'number' };
  if (Array.isArray(example)) return { kind: 'list' };
  const options = (settingFields[key].schema as unknown as { options?: readonly string[] }).options;
  return { kind: 'choice', options: options ?? [] };
}

/** A setting's value as the form shows it. */
export function formatAbValue(value: Settings[SettingKey]): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** The B run's settings: A's with one setting changed, and a note saying what B shares with A. */
export type AbPlan = { ok: true; settings: Settings; note: string } | { ok: false; message: string };

/** Reads the form's text for `key` and checks the changed settings against the schema. */
export function planAbTest(base: Settings, key: SettingKey, text: string): AbPlan {
  if (!abSettingKeys.includes(key))
    return { ok: false, message: `${settingFields[key].label} cannot be changed.` };
  const result = validateSettings({ ...base, [key]: parseValue(key, text) });
  if (!result.ok) return { ok: false, message: result.errors[0]?.message ?? 'invalid value' };
  if (JSON.stringify(result.settings[key]) === JSON.stringify(base[key]))
    return { ok: false, message: `${settingFields[key].label} is already ${formatAbValue(base[key])}.` };
  return { ok: true, settings: result.settings, note: describeAbChange(base, result.settings, key) };
}

/** What B shares with A: the seed always; the data unless a data setting changed; the initial weights when
 * the layers keep their shapes (the initialisers are seeded per layer from the seed). */
export function describeAbChange(base: Settings, next: Settings, key: SettingKey): string {
  const label = settingFields[key].label;
  const sameData = !dataKeys.includes(key);
  const sameWeights = JSON.stringify(weightShapes(base)) === JSON.stringify(weightShapes(next));
  const shared = ['seed', ...(sameData ? ['data'] : []), ...(sameWeights ? ['initial weights'] : [])];
  const differs = [
    ...(sameData ? [] : [`the data differ (${label} changed)`]),
    ...(sameWeights ? [] : [`the initial weights differ (${label} changes the layers’ shapes)`]),
  ];
  const sharedText = `Same ${shared.join(', ').replace(/, ([^,]*)$/, ' and $1')} as the run it copies`;
  return differs.length === 0 ? `${sharedText}.` : `${sharedText}; ${differs.join('; ')}.`;
}

/** Every weight matrix's shape, input size included. */
function weightShapes(settings: Settings): number[] {
  const latentWidth = settings.variant === 'variational' ? 2 * settings.latentSize : settings.latentSize;
  return [
    ...layerWidths(settings.encoderUnits, latentWidth, datasetShape(settings).features),
    settings.latentSize,
  ];
}

function parseValue(key: SettingKey, text: string): unknown {
  const trimmed = text.trim();
  const input = abValueInput(key);
  if (input.kind === 'number') return trimmed === '' ? Number.NaN : Number(trimmed);
  if (input.kind === 'boolean') return trimmed === 'true' ? true : trimmed === 'false' ? false : trimmed;
  if (input.kind === 'list')
    return trimmed === ''
      ? []
      : trimmed
          .split(/[\s,]+/)
          .filter(Boolean)
          .map(Number);
  return trimmed;
}
