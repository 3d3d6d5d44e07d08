import { useId } from 'react';
import { applyPreset, findPreset, presets } from '../settings/presets';
import { defaultSettings, type Settings } from '../settings/schema';
import { usePlayground, useSettings } from '../state/playground-context';

const CUSTOM = '';

/** Loads a preset over the defaults and says what it reproduces; shows "Custom" once anything differs. */
export function PresetPicker() {
  const { settings: store } = usePlayground();
  const settings = useSettings((state) => state.settings);
  const id = useId();
  // The most specific preset that matches: "Denoising MNIST" holds every setting of the MNIST default too.
  const active = presets
    .filter((preset) => matches(settings, preset.settings))
    .sort((a, b) => Object.keys(b.settings).length - Object.keys(a.settings).length)[0];
  return (
    <div className="field">
      <label htmlFor={id}>Preset</label>
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
          Custom
        </option>
        {presets.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.label}
          </option>
        ))}
      </select>
      {active && (
        <p id={`${id}-about`} className="hint">
          {active.reproduces}
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
