import type { SettingKey, Settings } from '../settings/schema';
import { validateSettings } from '../settings/validate';
import { createStore, type Store } from './store';

/** The settings in force, and a message for each field whose last edit was rejected. */
export interface SettingsState {
  settings: Settings;
  errors: Partial<Record<SettingKey, string>>;
}

export interface SettingsStore extends Store<SettingsState> {
  /** Sets one field. A valid result replaces the settings; an invalid one keeps them and records why. */
  update: <K extends SettingKey>(key: K, value: Settings[K]) => boolean;
  /** Replaces all settings at once (a preset, a link); they must already be valid. */
  replace: (settings: Settings) => void;
  /** Sets several fields at once; applied only if the result is valid. */
  patch: (changes: Partial<Settings>) => boolean;
}

/** Creates the settings store. */
export function createSettingsStore(initial: Settings): SettingsStore {
  const store = createStore<SettingsState>({ settings: initial, errors: {} });
  return {
    ...store,
    update(key, value) {
      const { settings, errors } = store.get();
      const result = validateSettings(harmonize({ ...settings, [key]: value }, key));
      const otherErrors = { ...errors };
      delete otherErrors[key];
      if (result.ok) {
        store.set({ settings: result.settings, errors: otherErrors });
        return true;
      }
      const message = result.errors.find((error) => error.field === key) ?? result.errors[0];
      store.set({ settings, errors: { ...otherErrors, [key]: message?.message ?? 'invalid value' } });
      return false;
    },
    replace(settings) {
      store.set({ settings, errors: {} });
    },
    patch(changes) {
      const result = validateSettings({ ...store.get().settings, ...changes });
      if (result.ok) store.set({ settings: result.settings, errors: {} });
      return result.ok;
    },
  };
}

/** Keeps pairs of settings that only make sense together consistent after `changed` was edited: binary
 * cross-entropy works on logits of a sigmoid output. */
function harmonize(settings: Settings, changed: SettingKey): Settings {
  if (changed === 'loss' && settings.loss === 'binaryCrossentropy')
    return { ...settings, outputActivation: 'sigmoid' };
  if (
    changed === 'outputActivation' &&
    settings.outputActivation === 'linear' &&
    settings.loss === 'binaryCrossentropy'
  ) {
    return { ...settings, loss: 'mse' };
  }
  return settings;
}
