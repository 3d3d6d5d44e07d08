import { useTraining } from '../state/playground-context';

/** Download progress of the data set, while it loads. */
export function LoadingBar() {
  const loading = useTraining((state) => state.loading);
  if (!loading || loading.totalBytes === 0) return null;
  const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);
  return (
    <div className="loading-bar">
      <label htmlFor="data-loading">
        Loading data: {megabytes(loading.receivedBytes)} of {megabytes(loading.totalBytes)} MB
      </label>
      <progress id="data-loading" max={loading.totalBytes} value={loading.receivedBytes} />
    </div>
  );
}
