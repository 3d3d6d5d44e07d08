import { noiseTypeLabels, variantLabels } from '../settings/options';
import { useSettings } from '../state/playground-context';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { useT } from '../i18n/language-context';

/** The autoencoder variant and the settings of the chosen one. */
export function VariantFields() {
  const variant = useSettings((state) => state.settings.variant);
  const { t } = useT();
  return (
    <div className="variant-fields">
      <div className="field-grid">
        <SelectField name="variant" options={variantLabels} />
        {variant === 'denoising' && <SelectField name="noiseType" options={noiseTypeLabels} />}
        {variant === 'denoising' && <NumberField name="noiseLevel" step={0.05} />}
        {variant === 'sparse' && <NumberField name="sparsityRate" />}
        {variant === 'variational' && <NumberField name="beta" step={0.1} />}
      </div>
      <p className="hint">{t(`variant.${variant}`)}</p>
    </div>
  );
}
