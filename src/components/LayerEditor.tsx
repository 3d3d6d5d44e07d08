import { useId } from 'react';
import { encoderUnitLimits } from '../settings/limits';
import { MAX_HIDDEN_LAYERS } from '../settings/schema';
import { useT } from '../i18n/language-context';
import { useHiddenField } from '../state/layout-context';
import { usePlayground, useSettings } from '../state/playground-context';
import { FieldError } from './FieldError';
import { useDraft } from './use-draft';

/** Edits the encoder's hidden layers: add or remove a layer, set each one's width. The decoder mirrors them. */
export function LayerEditor() {
  const { settings } = usePlayground();
  const units = useSettings((state) => state.settings.encoderUnits);
  const error = useSettings((state) => state.errors.encoderUnits);
  const headingId = useId();
  const { t, setting } = useT();
  const field = setting('encoderUnits');
  const setUnits = (next: number[]) => settings.update('encoderUnits', next);
  if (useHiddenField('encoderUnits')) return null;
  return (
    <fieldset className="layer-editor" aria-labelledby={headingId}>
      <legend id={headingId} title={field.help}>
        {field.label} ({units.length})
      </legend>
      <ol>
        {units.map((width, index) => (
          <LayerWidth
            key={index}
            index={index}
            width={width}
            onChange={(value) => setUnits(units.map((old, at) => (at === index ? value : old)))}
          />
        ))}
      </ol>
      <div className="button-row">
        <button
          type="button"
          onClick={() => setUnits([...units, units.at(-1) ?? 16])}
          disabled={units.length >= MAX_HIDDEN_LAYERS}
        >
          {t('layers.add')}
        </button>
        <button type="button" onClick={() => setUnits(units.slice(0, -1))} disabled={units.length === 0}>
          {t('layers.remove')}
        </button>
      </div>
      <FieldError id={`${headingId}-error`} message={error} />
    </fieldset>
  );
}

function LayerWidth({
  index,
  width,
  onChange,
}: {
  index: number;
  width: number;
  onChange: (value: number) => void;
}) {
  const [draft, setDraft] = useDraft(String(width));
  const limits = encoderUnitLimits();
  const { t } = useT();
  const label = t('layers.units', { layer: index + 1 });
  const change = (text: string) => {
    setDraft(text);
    onChange(text.trim() === '' ? Number.NaN : Number(text));
  };
  return (
    <li>
      <button
        type="button"
        aria-label={t('layers.fewer', { layer: index + 1 })}
        onClick={() => change(String(Math.max(limits.min, width - 1)))}
      >
        −
      </button>
      <input
        type="number"
        aria-label={label}
        value={draft}
        min={limits.min}
        max={limits.max}
        step={1}
        onChange={(event) => change(event.target.value)}
      />
      <button
        type="button"
        aria-label={t('layers.more', { layer: index + 1 })}
        onClick={() => change(String(Math.min(limits.max, width + 1)))}
      >
        +
      </button>
    </li>
  );
}
