import { compressionRatio, modelParameterCount } from '../settings/model-shape';
import { useDatasetShape, useSettings } from '../state/playground-context';
import { formatCount } from './format';
import { Readout } from './Readout';
import { ResourceSummary } from './ResourceSummary';
import { useT } from '../i18n/language-context';

/** The model's size in parameters and how much the code compresses each sample. */
export function ModelSummary() {
  const settings = useSettings((state) => state.settings);
  const features = useDatasetShape().features;
  const { t } = useT();
  const parameters = modelParameterCount(settings, features);
  const ratio = compressionRatio(features, settings.latentSize);
  const compression =
    ratio >= 1 ? `${formatRatio(ratio)}×` : t('model.expands', { ratio: formatRatio(1 / ratio) });
  const values = t('model.values', {
    features: formatCount(features),
    latent: formatCount(settings.latentSize),
  });
  return (
    <div className="summary">
      <Readout label={t('model.parameters')} value={formatCount(parameters)} />
      <Readout label={t('model.compression')} value={`${compression} (${values})`} />
      <ResourceSummary />
    </div>
  );
}

function formatRatio(ratio: number): string {
  return ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1).replace(/\.0$/, '');
}
