import { useId } from 'react';
import { applyPreset, findPreset, presets } from '../settings/presets';
import { defaultSettings, type Settings } from '../settings/schema';
import { usePlayground, useSettings } from '../state/playground-context';
import { useT } from '../i18n/language-context';

const CUSTOM = '';

/** Loads a preset over the defaults and says what it reproduces; shows "Custom" once anything differs. */
export function PresetPicker() {
  const { settings: store } = usePlayground();
  const settings = useSettings((state) => state.settings);
  const id = useId();
  const { t, text } = useT();
  // The most specific preset that matches: "Denoising MNIST" holds every setting of the MNIST default too.
  const active = presets
    .filter((preset) => matches(settings, preset.settings))
    .sort((a, b) => Object.keys(b.settings).length - Object.keys(a.settings).length)[0];
  return (
    <div className="field">
      <label htmlFor={id}>{t('preset.label')}</label>
      <select
        id={id}
        value={active?.id ?? CUSTOM}
        aria-describedby={active ? `${id}-about` : undefined}
        onChange={(event) => {
          const preset = findPreset(event.target.value);
          if (preset) store.replace(applyPreset(preset, defaultSettings));
        }}
      >
        <option value={CUSTOM} disabled>
          {t('preset.custom')}
        </option>
        {presets.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {text(`preset.${preset.id}.label`, preset.label)}
          </option>
        ))}
      </select>
      {active && (
        <p id={`${id}-about`} className="hint">
          {text(`preset.${active.id}.reproduces`, active.reproduces)}
        </p>
      )}
    </div>
  );
}

function matches(settings: Settings, partial: Partial<Settings>): boolean {
  return (Object.keys(partial) as (keyof Settings)[]).every(
    (key) => JSON.stringify(settings[key]) === JSON.stringify(partial[key]),
  );
}
