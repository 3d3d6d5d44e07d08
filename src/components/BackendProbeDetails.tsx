import type { BackendProbe, ProbeResult } from '../settings/backend-probe';
import { backendLabels, type BackendName } from '../settings/options';
import { useTraining } from '../state/playground-context';
import { formatCount } from './format';
import { useT } from '../i18n/language-context';
import type { Translator } from '../i18n/translate';

/** What the "auto" backend measured before choosing: each backend's training speed on this model, and which
 * one runs. Shown only when "auto" chose. */
export function BackendProbeDetails() {
  const tr = useT();
  const { t } = tr;
  const backend = useTraining((state) => state.backend);
  if (!backend?.probe) return null;
  const { probe, active } = backend;
  return (
    <details className="backend-probe">
      <summary>{t('heading.backendProbe')}</summary>
      <div className="backend-probe-body">
        <table aria-label={t('label.backendProbe')}>
          <caption>
            {t('probe.caption', {
              parameters: formatCount(probe.parameters),
              batch: formatCount(probe.batchSize),
              when: measuredWhen(probe, t),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('figures.backend')}</th>
              <th scope="col">{t('figures.samplesPerSecond')}</th>
            </tr>
          </thead>
          <tbody>
            {probe.results.map((result) => (
              <tr key={result.backend} className={result.backend === active ? 'chosen' : undefined}>
                <th scope="row">{tr.option(backendLabels, result.backend)}</th>
                <td>{describeResult(result, tr)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{describeChoice(probe, active, tr)}</p>
      </div>
    </details>
  );
}

function describeResult(result: ProbeResult, { t, phrase }: Translator): string {
  if (result.samplesPerSecond !== null) return formatCount(result.samplesPerSecond);
  return result.error === null ? t('probe.onlyStarted') : t('probe.failed', { error: phrase(result.error) });
}

function describeChoice(probe: BackendProbe, active: BackendName, { t, option }: Translator): string {
  const timed = probe.results.filter((result) => result.samplesPerSecond !== null);
  const backend = option(backendLabels, active);
  if (timed.length >= 2 && timed.some((result) => result.backend === active))
    return t('probe.chose', { backend });
  if (timed.length >= 2) return t('probe.failedSince', { backend });
  return t('probe.only', { backend });
}

function measuredWhen(probe: BackendProbe, t: Translator['t']): string {
  if (!probe.fromCache) return t('probe.justNow', { seconds: (probe.durationMs / 1000).toFixed(1) });
  const date = new Date(probe.measuredAtMs).toLocaleDateString('en-GB', { dateStyle: 'medium' });
  return t('probe.kept', { date });
}
