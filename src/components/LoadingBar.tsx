import { useTraining } from '../state/playground-context';
import { useT } from '../i18n/language-context';

/** Download progress of the data set, while it loads. */
export function LoadingBar() {
  const loading = useTraining((state) => state.loading);
  const { t } = useT();
  if (!loading || loading.totalBytes === 0) return null;
  const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);
  return (
    <div className="loading-bar">
      <label htmlFor="data-loading">
        {t('data.loading', {
          received: megabytes(loading.receivedBytes),
          total: megabytes(loading.totalBytes),
        })}
      </label>
      <progress id="data-loading" max={loading.totalBytes} value={loading.receivedBytes} />
    </div>
  );
}
