import { backendLabels } from '../settings/options';
import type { TrainingState } from '../state/training-state';
import { useTraining } from '../state/playground-context';
import { BackendProbeDetails } from './BackendProbeDetails';
import { Readout } from './Readout';
import { useT } from '../i18n/language-context';

/** The backend in use, with its details, and why any backend before it was passed over. */
export function BackendBadge() {
  const backend = useTraining((state) => state.backend);
  const tr = useT();
  return (
    <div className="backend-badge">
      <Readout
        label={tr.t('figures.backend')}
        value={backend ? tr.option(backendLabels, backend.active) : '—'}
        detail={backend && <span className="detail">{tr.phrase(backend.description)}</span>}
      />
      <BackendProbeDetails />
      {backend && backend.fallbacks.length > 0 && (
        <div role={isNews(backend) ? 'alert' : 'status'} className="notice warning">
          {backend.fallbacks.map((fallback) => (
            <p key={fallback.backend}>
              {tr.t('backend.notUsed', {
                backend: tr.option(backendLabels, fallback.backend),
                reason: tr.phrase(fallback.reason),
              })}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}

/** A backend the user asked for and did not get, or one that failed during training, is news: an alert. A
 * backend Auto passed over while choosing (software-only WebGL on a machine without a GPU, on every visit) is
 * part of the choice: a polite note, not an alert at page load. */
function isNews(backend: NonNullable<TrainingState['backend']>): boolean {
  return (
    backend.requested !== 'auto' ||
    backend.fallbacks.some((fallback) => fallback.reason.code === 'backend.failedInTraining')
  );
}
