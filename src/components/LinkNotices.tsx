import { useState } from 'react';
import { useT } from '../i18n/language-context';
import type { Phrase } from '../settings/phrases';

/** What was ignored when the page's link was read, in the page's language, until dismissed. */
export function LinkNotices({ notices }: { notices: readonly Phrase[] }) {
  const [dismissed, setDismissed] = useState(false);
  const { t, phrase } = useT();
  if (dismissed || notices.length === 0) return null;
  return (
    <div role="alert" className="notice warning">
      <p>{t('notice.linkIgnored')}</p>
      <ul>
        {notices.map((notice, index) => (
          <li key={index}>{phrase(notice)}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
