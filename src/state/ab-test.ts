import { datasetShape } from '../settings/datasets';
import { layerWidths } from '../settings/model-shape';
import {
  defaultSettings,
  settingFields,
  settingKeys,
  type SettingKey,
  type Settings,
} from '../settings/schema';
import { phrase, type Phrase } from '../settings/phrases';
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
export type AbPlan = { ok: true; settings: Settings; note: Phrase } | { ok: false; message: Phrase };

/** Reads the form's text for `key` and checks the changed settings against the schema. */
export function planAbTest(base: Settings, key: SettingKey, text: string): AbPlan {
  const setting = { setting: key };
  if (!abSettingKeys.includes(key)) return { ok: false, message: phrase('ab.cannotChange', { setting }) };
  const result = validateSettings({ ...base, [key]: parseValue(key, text) });
  if (!result.ok) {
    const message = result.errors[0]?.message ?? `${settingFields[key].label}: invalid value`;
    return { ok: false, message: phrase('raw', { text: { fieldError: message } }) };
  }
  if (JSON.stringify(result.settings[key]) === JSON.stringify(base[key]))
    return { ok: false, message: phrase('ab.already', { setting, value: formatAbValue(base[key]) }) };
  return { ok: true, settings: result.settings, note: describeAbChange(base, result.settings, key) };
}

/** What B shares with A: the seed always; the data unless a data setting changed; the initial weights when
 * the layers keep their shapes (the initialisers are seeded per layer from the seed). */
export function describeAbChange(base: Settings, next: Settings, key: SettingKey): Phrase {
  const setting = { setting: key };
  const sameData = !dataKeys.includes(key);
  const sameWeights = JSON.stringify(weightShapes(base)) === JSON.stringify(weightShapes(next));
  const shared =
    sameData && sameWeights
      ? phrase('ab.seedDataAndWeights')
      : sameData
        ? phrase('ab.seedAndData')
        : sameWeights
          ? phrase('ab.seedAndWeights')
          : phrase('ab.seed');
  const differs = [
    ...(sameData ? [] : [phrase('ab.dataDiffer', { setting })]),
    ...(sameWeights ? [] : [phrase('ab.weightsDiffer', { setting })]),
  ];
  return differs.length === 0 ? phrase('ab.same', { shared }) : phrase('ab.sameBut', { shared, differs });
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
