import { useId, useRef, useState } from 'react';
import { settingKeys, type SettingKey } from '../settings/schema';
import { useLayout, useOpenView } from '../state/layout-context';
import { encodeLink } from '../state/link-codec';
import { useSettings } from '../state/playground-context';
import { useStore } from '../state/store';
import './share.css';
import { useT } from '../i18n/language-context';
import type { Translator } from '../i18n/translate';

/** Classroom mode: tick the controls to hide from the class (the link carries `<key>_hide=1`), then copy the
 * link. Without clipboard access the link is selected in a read-only field, ready for Ctrl+C. */
export function ClassroomPanel({ pageAddress }: { pageAddress: string }) {
  const tr = useT();
  const { t } = tr;
  const layout = useLayout();
  const hidden = useStore(layout, (state) => state.hidden);
  const openViews = useStore(layout, (state) => state.openViews);
  const settings = useSettings((state) => state.settings);
  const [open, setOpen] = useOpenView('classroom');
  const [copyNote, setCopyNote] = useState('');
  const linkRef = useRef<HTMLInputElement>(null);
  const linkId = useId();
  // The class gets the set-up without this panel open: one click less between them and the hidden controls.
  const sharedViews = openViews.filter((view) => view !== 'classroom');
  // The class opens the link in the teacher's language (when it is not English, the default).
  const link = `${pageAddress}#${encodeLink(settings, { hidden, openViews: sharedViews }, tr.language)}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyNote(t('classroom.copied'));
    } catch {
      linkRef.current?.select();
      setCopyNote(t('classroom.copyRefused'));
    }
  };
  return (
    <details className="classroom panel" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('heading.classroom')}</summary>
      {/* Rendered only while open: the hide boxes share their labels with the controls they hide. */}
      {open && (
        <>
          <fieldset className="classroom-hide">
            <legend>{t('heading.hideControls')}</legend>
            <div className="classroom-options">
              {settingKeys.map((key) => (
                <label key={key}>
                  <input
                    type="checkbox"
                    checked={hidden.includes(key)}
                    onChange={(event) => layout.setHidden(key, event.target.checked)}
                  />
                  {hideLabel(key, tr)}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor={linkId}>{t('classroom.link')}</label>
            <input
              id={linkId}
              ref={linkRef}
              type="text"
              readOnly
              value={link}
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
          <div className="button-row">
            <button type="button" onClick={() => void copy()}>
              {t('classroom.copy')}
            </button>
          </div>
          <p className="hint" role="status">
            {copyNote}
          </p>
        </>
      )}
    </details>
  );
}

/** The setting's label; the key is added where two settings share a label. */
function hideLabel(key: SettingKey, { setting }: Translator): string {
  const label = setting(key).label;
  const shared = settingKeys.some((other) => other !== key && setting(other).label === label);
  return shared ? `${label} (${key})` : label;
}
