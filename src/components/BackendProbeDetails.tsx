import type { BackendProbe, ProbeResult } from '../settings/backend-probe';
import { backendLabels, type BackendName } from '../settings/options';
import { useTraining } from '../state/playground-context';
import { formatCount } from './format';
import { useT } from '../i18n/language-context';

/** What the "auto" backend measured before choosing: each backend's training speed on this model, and which
 * one runs. Shown only when "auto" chose. */
export function BackendProbeDetails() {
  const { t } = useT();
  const backend = useTraining((state) => state.backend);
  if (!backend?.probe) return null;
  const { probe, active } = backend;
  return (
    <details className="backend-probe">
      <summary>{t('heading.backendProbe')}</summary>
      <div className="backend-probe-body">
        <table aria-label="Backend probe">
          <caption>
            Training speed of this model ({formatCount(probe.parameters)} parameters, batch{' '}
            {formatCount(probe.batchSize)}), {measuredWhen(probe)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Backend</th>
              <th scope="col">Samples/s</th>
            </tr>
          </thead>
          <tbody>
            {probe.results.map((result) => (
              <tr key={result.backend} className={result.backend === active ? 'chosen' : undefined}>
                <th scope="row">{backendLabels[result.backend]}</th>
                <td>{describeResult(result)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{describeChoice(probe, active)}</p>
      </div>
    </details>
  );
}

function describeResult(result: ProbeResult): string {
  if (result.samplesPerSecond !== null) return formatCount(result.samplesPerSecond);
  return result.error === null ? 'not timed: the only one that started' : `did not run: ${result.error}`;
}

function describeChoice(probe: BackendProbe, active: BackendName): string {
  const timed = probe.results.filter((result) => result.samplesPerSecond !== null);
  const label = backendLabels[active];
  if (timed.length >= 2 && timed.some((result) => result.backend === active))
    return `Auto chose ${label}, the fastest here.`;
  if (timed.length >= 2) return `Auto uses ${label}: the faster backends failed since.`;
  return `Auto uses ${label}, the only backend that started.`;
}

function measuredWhen(probe: BackendProbe): string {
  if (!probe.fromCache) return `measured just now in ${(probe.durationMs / 1000).toFixed(1)} s.`;
  const date = new Date(probe.measuredAtMs).toLocaleDateString('en-GB', { dateStyle: 'medium' });
  return `measured on this device on ${date} and kept.`;
}
