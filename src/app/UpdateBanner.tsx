import { useRegisterSW } from 'virtual:pwa-register/react';
import { useT } from '../i18n/language-context';

/** Registers the service worker (offline use) and, when a new version of the app is waiting, says so and
 * offers to reload into it. The status region stays in the page so its message is announced. */
export function UpdateBanner() {
  const { t } = useT();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisterError: (error: unknown) => console.warn('Offline use is unavailable:', error),
  });
  return (
    <div role="status" className="update-banner">
      {needRefresh && (
        <div className="notice">
          <p>{t('notice.newVersion')}</p>
          <button type="button" className="primary" onClick={() => void updateServiceWorker(true)}>
            {t('notice.reload')}
          </button>
          <button type="button" onClick={() => setNeedRefresh(false)}>
            {t('notice.later')}
          </button>
        </div>
      )}
    </div>
  );
}
