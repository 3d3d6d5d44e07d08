import { usePlayground, useTraining } from '../state/playground-context';

/** A divergence or an error from the worker, kept in view until dismissed or a new run starts. */
export function TrainingNotice() {
  const playground = usePlayground();
  const notice = useTraining((state) => state.notice);
  if (!notice) return null;
  return (
    <div role="alert" className={notice.kind === 'diverged' ? 'notice warning' : 'notice error'}>
      <p>{notice.message}</p>
      {notice.kind === 'crash' ? (
        <button type="button" onClick={playground.restart}>
          Restart
        </button>
      ) : (
        <button type="button" onClick={playground.dismissNotice}>
          Dismiss
        </button>
      )}
    </div>
  );
}
