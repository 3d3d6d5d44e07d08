import { backendLabels, clippingLabels, optimizerLabels } from '../settings/options';
import { useOpenView } from '../state/layout-context';
import { useSettings } from '../state/playground-context';
import { BatchSizeField } from './BatchSizeField';
import { LearningRateField } from './LearningRateField';
import { NumberField } from './NumberField';
import { OptimizerFields } from './OptimizerFields';
import { SelectField } from './SelectField';
import { useT } from '../i18n/language-context';

/** How the model trains: optimizer, learning rate, batch size, epochs; the rest under "Advanced". */
export function TrainingPanel() {
  const { t } = useT();
  const clipping = useSettings((state) => state.settings.clipping);
  const [advancedOpen, setAdvancedOpen] = useOpenView('advanced');
  return (
    <section className="panel" aria-labelledby="training-heading">
      <h2 id="training-heading">{t('panel.training')}</h2>
      <SelectField name="optimizer" options={optimizerLabels} />
      <LearningRateField />
      <BatchSizeField />
      <div className="field-grid">
        <NumberField name="epochs" />
        <SelectField name="backend" options={backendLabels} />
      </div>
      <details
        className="advanced"
        open={advancedOpen}
        onToggle={(event) => setAdvancedOpen(event.currentTarget.open)}
      >
        <summary>{t('panel.advanced')}</summary>
        <OptimizerFields />
        <div className="field-grid">
          <SelectField name="clipping" options={clippingLabels} />
          {clipping !== 'none' && <NumberField name="clipThreshold" />}
        </div>
      </details>
    </section>
  );
}
