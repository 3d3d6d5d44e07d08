import { usePlayground, useTraining } from '../state/playground-context';

/** A divergence or an error from the worker, kept in view until dismissed or a new run starts. */
export function TrainingNotice() {
  const playground = usePlayground();
  const notice = useTraining((state) => state.notice);
  if (!notice) return null;
  return (
    <div role="alert" className={notice.kind === 'error' ? 'notice error' : 'notice warning'}>
      <p>{notice.message}</p>
      <button type="button" onClick={playground.dismissNotice}>
        Dismiss
      </button>
    </div>
  );
}
