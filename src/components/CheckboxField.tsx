import type { BooleanSettingKey } from '../settings/limits';
import { useT } from '../i18n/language-context';
import { useHiddenField } from '../state/layout-context';
import { usePlayground, useSettings } from '../state/playground-context';

/** A labelled checkbox for a boolean setting. */
export function CheckboxField({ name }: { name: BooleanSettingKey }) {
  const { settings } = usePlayground();
  const checked = useSettings((state) => state.settings[name]);
  const field = useT().setting(name);
  if (useHiddenField(name)) return null;
  return (
    <div className="field field-inline">
      <label title={field.help}>
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => settings.update(name, event.target.checked)}
        />
        {field.label}
      </label>
    </div>
  );
}
