import { datasetLabels } from '../settings/options';
import { useSettings } from '../state/playground-context';
import { DatasetSummary } from './DatasetSummary';
import { NumberField } from './NumberField';
import { PresetPicker } from './PresetPicker';
import { SelectField } from './SelectField';

/** The Data column: preset, data set and its sizes. */
export function DataPanel() {
  const dataset = useSettings((state) => state.settings.dataset);
  return (
    <section className="panel" aria-labelledby="data-heading">
      <h2 id="data-heading">Data</h2>
      <PresetPicker />
      <SelectField name="dataset" options={datasetLabels} />
      <DatasetSummary />
      <div className="field-grid">
        <NumberField name="trainSize" />
        <NumberField name="validationSize" />
        {dataset === 'uniform' && <NumberField name="featureCount" />}
        <NumberField name="seed" />
      </div>
    </section>
  );
}
