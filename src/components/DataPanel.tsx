import { useSettings } from '../state/playground-context';
import { DatasetOptions } from './DatasetOptions';
import { DatasetPicker } from './DatasetPicker';
import { DatasetSummary } from './DatasetSummary';
import { LoadingBar } from './LoadingBar';
import { NumberField } from './NumberField';
import { PresetPicker } from './PresetPicker';
import { TrainClassesField } from './TrainClassesField';
import { UploadPanel } from './UploadPanel';
import { useT } from '../i18n/language-context';

/** The Data column: preset, data set and its sizes, the user's own data. */
export function DataPanel() {
  const { t } = useT();
  const dataset = useSettings((state) => state.settings.dataset);
  return (
    <section className="panel" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('panel.data')}</h2>
      <PresetPicker />
      <DatasetPicker />
      <DatasetSummary />
      <LoadingBar />
      {dataset === 'upload' && <UploadPanel />}
      <DatasetOptions />
      <div className="field-grid">
        <NumberField name="trainSize" />
        <NumberField name="validationSize" />
        <NumberField name="seed" />
      </div>
      <TrainClassesField />
    </section>
  );
}
