import { useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/language-context';

/** A modal dialog listing the keyboard shortcuts. It opens each time `openRequests` goes up; Esc or Close
 * closes it and the browser gives focus back to where it was. Open or closed lives in the <dialog> alone:
 * a copy in React state would lag behind, as the browser fires the close event a task after Esc. */
export function ShortcutsDialog({
  openRequests,
  shortcuts,
}: {
  openRequests: number;
  shortcuts: readonly { key: string; does: string }[];
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const { t, text } = useT();
  useEffect(() => {
    const element = dialog.current;
    if (element && openRequests > 0 && !element.open) element.showModal();
  }, [openRequests]);
  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('shortcuts.heading')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.key')}</th>
            <th scope="col">{t('shortcuts.does')}</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map(({ key, does }) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{text(`shortcut.${key}`, does)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('shortcuts.hint')}</p>
      <button type="button" autoFocus onClick={() => dialog.current?.close()}>
        {t('shortcuts.close')}
      </button>
    </dialog>
  );
}
