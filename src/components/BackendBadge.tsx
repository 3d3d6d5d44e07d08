import { backendLabels } from '../settings/options';
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
        <div role="alert" className="notice warning">
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
