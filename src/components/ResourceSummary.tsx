import { estimateResources, formatBytes, judgeResources } from '../settings/resources';
import { useDatasetShape, useSettings } from '../state/playground-context';
import { Readout } from './Readout';
import { useT } from '../i18n/language-context';

/** The memory a run of these settings needs, and a warning or a refusal, with the numbers, before it starts. */
export function ResourceSummary() {
  const settings = useSettings((state) => state.settings);
  const features = useDatasetShape().features;
  const estimate = estimateResources(settings, features);
  const verdict = judgeResources(estimate);
  const { t, phrase } = useT();
  return (
    <>
      <Readout label={t('model.memory')} value={formatBytes(estimate.totalBytes)} />
      {verdict.level !== 'ok' && (
        <p role="alert" className={verdict.level === 'refuse' ? 'notice error' : 'notice warning'}>
          {phrase(verdict.message)}
        </p>
      )}
    </>
  );
}
