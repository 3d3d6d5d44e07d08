import {
  activationLabels,
  latentActivationLabels,
  lossLabels,
  outputActivationLabels,
} from '../settings/options';
import { useSettings } from '../state/playground-context';
import { LayerEditor } from './LayerEditor';
import { ModelSummary } from './ModelSummary';
import { NetworkDiagram } from './NetworkDiagram';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { VariantFields } from './VariantFields';
import { useT } from '../i18n/language-context';

/** The Model column: the autoencoder's shape, its activations and its loss. */
export function ModelPanel() {
  const { t } = useT();
  const loss = useSettings((state) => state.settings.loss);
  return (
    <section className="panel" aria-labelledby="model-heading">
      <h2 id="model-heading">{t('panel.model')}</h2>
      <NetworkDiagram />
      <ModelSummary />
      <LayerEditor />
      <div className="field-grid">
        <NumberField name="latentSize" />
        <SelectField name="hiddenActivation" options={activationLabels} />
        <SelectField name="latentActivation" options={latentActivationLabels} />
        <SelectField name="outputActivation" options={outputActivationLabels} />
        <SelectField name="loss" options={lossLabels} />
        {loss === 'huber' && <NumberField name="huberDelta" />}
      </div>
      <VariantFields />
    </section>
  );
}
