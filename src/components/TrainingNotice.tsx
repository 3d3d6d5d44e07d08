import { usePlayground, useTraining } from '../state/playground-context';
import { useT } from '../i18n/language-context';

/** A divergence or an error from the worker, kept in view until dismissed or a new run starts. */
export function TrainingNotice() {
  const playground = usePlayground();
  const notice = useTraining((state) => state.notice);
  const { t } = useT();
  if (!notice) return null;
  return (
    <div role="alert" className={notice.kind === 'diverged' ? 'notice warning' : 'notice error'}>
      <p>{notice.message}</p>
      {notice.kind === 'crash' ? (
        <button type="button" onClick={playground.restart}>
          {t('notice.restart')}
        </button>
      ) : (
        <button type="button" onClick={playground.dismissNotice}>
          {t('notice.dismiss')}
        </button>
      )}
    </div>
  );
}
