import { noiseTypeLabels, variantLabels } from '../settings/options';
import { useSettings } from '../state/playground-context';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';

const variantExplanations: Record<keyof typeof variantLabels, string> = {
  plain: 'Rebuilds its input through the bottleneck.',
  denoising:
    'Sees a corrupted input and learns to rebuild the clean one; the loss compares with the clean input.',
  sparse: 'Pays λ·Σ|z| for every unit of code it uses, so most code units stay near zero.',
  variational:
    'Encodes a distribution N(μ, σ²) per sample, decodes a draw from it, and keeps it near N(0, 1) with β·KL: it can generate.',
};

/** The autoencoder variant and the settings of the chosen one. */
export function VariantFields() {
  const variant = useSettings((state) => state.settings.variant);
  return (
    <div className="variant-fields">
      <div className="field-grid">
        <SelectField name="variant" options={variantLabels} />
        {variant === 'denoising' && <SelectField name="noiseType" options={noiseTypeLabels} />}
        {variant === 'denoising' && <NumberField name="noiseLevel" step={0.05} />}
        {variant === 'sparse' && <NumberField name="sparsityRate" />}
        {variant === 'variational' && <NumberField name="beta" step={0.1} />}
      </div>
      <p className="hint">{variantExplanations[variant]}</p>
    </div>
  );
}
