import { datasetParameters } from '../settings/datasets';
import { useHiddenField } from '../state/layout-context';
import { usePlayground, useSettings } from '../state/playground-context';
import { NumberField } from './NumberField';
import { useT } from '../i18n/language-context';

const MAX_SEED = 2_147_483_647;

/** The settings of a generated data set, and a button that draws it afresh from a new seed. */
export function DatasetOptions() {
  const { settings } = usePlayground();
  const dataset = useSettings((state) => state.settings.dataset);
  const parameters = datasetParameters[dataset];
  const generated = dataset !== 'mnist' && dataset !== 'fashion-mnist' && dataset !== 'upload';
  // A teacher who hid the seed keeps it fixed: no new draw either.
  const seedHidden = useHiddenField('seed');
  const { t } = useT();
  return (
    <div className="dataset-options-fields">
      {parameters.length > 0 && (
        <div className="field-grid">
          {parameters.map((key) => (
            <NumberField
              key={key}
              name={key}
              step={key === 'noise' || key === 'anomalyFraction' ? 0.01 : undefined}
            />
          ))}
        </div>
      )}
      {generated && !seedHidden && (
        <button
          type="button"
          onClick={() => settings.update('seed', 1 + Math.floor(Math.random() * (MAX_SEED - 1)))}
        >
          {t('data.regenerate')}
        </button>
      )}
    </div>
  );
}
