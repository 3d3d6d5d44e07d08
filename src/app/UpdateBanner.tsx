import { useRegisterSW } from 'virtual:pwa-register/react';
import { useT } from '../i18n/language-context';
import { useServiceWorkerDue } from './service-worker-due';

/** The status region where a new version is offered. The service worker registers only when it is due (see
 * `useServiceWorkerDue`); the region stays in the page so its message is announced. */
export function UpdateBanner() {
  const due = useServiceWorkerDue();
  return (
    <div role="status" className="update-banner">
      {due && <UpdatePrompt />}
    </div>
  );
}

/** Registers the service worker (offline use) and, when a new version of the app is waiting, says so and
 * offers to reload into it. */
function UpdatePrompt() {
  const { t } = useT();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisterError: (error: unknown) => console.warn('Offline use is unavailable:', error),
  });
  if (!needRefresh) return null;
  return (
    <div className="notice">
      <p>{t('notice.newVersion')}</p>
      <button type="button" className="primary" onClick={() => void updateServiceWorker(true)}>
        {t('notice.reload')}
      </button>
      <button type="button" onClick={() => setNeedRefresh(false)}>
        {t('notice.later')}
      </button>
    </div>
  );
}
