import type { NoiseType, Variant } from '../settings/options';
import type { Settings } from '../settings/schema';
import { constantsTex, type FormulaEntry } from './formula-entry';
import { texNumber } from './tex-number';

type VariantSettings = Pick<Settings, 'variant' | 'noiseType' | 'noiseLevel' | 'sparsityRate' | 'beta'>;

const lines = (...rows: string[]) => `\\begin{aligned} ${rows.join(' \\\\ ')} \\end{aligned}`;

/** How each kind of noise corrupts x into x̃ (values stay in the data's range [x_min, x_max]). */
const noiseTex: Record<NoiseType, string> = {
  gaussian:
    '\\tilde x &= \\operatorname{clip}(x + n,\\ x_{\\min}, x_{\\max}), \\quad n \\sim \\mathcal{N}(0, \\sigma^2)',
  saltPepper:
    '\\tilde x_j &= \\begin{cases} x_{\\min} & \\text{with probability } p/2 \\\\ x_{\\max} & \\text{with probability } p/2 \\\\ x_j & \\text{otherwise} \\end{cases}',
  mask: '\\tilde x_j &= \\begin{cases} x_{\\min} & \\text{with probability } p \\\\ x_j & \\text{otherwise} \\end{cases}',
  square: '\\tilde x &= x \\text{ with a random square of side } p \\cdot \\text{side set to } x_{\\min}',
};

const noiseSymbol: Record<NoiseType, string> = {
  gaussian: '\\sigma',
  saltPepper: 'p',
  mask: 'p',
  square: 'p',
};

const builders: Record<Variant, (s: VariantSettings) => FormulaEntry> = {
  plain: () => ({
    name: 'Plain autoencoder',
    tex: lines('z &= f(x), \\quad \\hat x = g(z)', 'L &= \\ell(x, \\hat x)'),
    constants: '',
    explanation:
      'The encoder f squeezes the input x into a code z with fewer numbers than x; the decoder g rebuilds x ' +
      'from it; ℓ is the reconstruction loss above. The bottleneck forces the code to keep what matters most.',
    whenToUse: 'Compression, visualising data in 2-D, and as the baseline for the other variants.',
  }),
  denoising: (s) => ({
    name: 'Denoising autoencoder',
    tex: lines(noiseTex[s.noiseType], 'L &= \\ell\\big(x,\\ g(f(\\tilde x))\\big)'),
    constants: constantsTex([[noiseSymbol[s.noiseType], texNumber(s.noiseLevel)]]),
    explanation:
      'The model sees a corrupted input x̃ = x + noise but is scored against the clean x, so it must learn ' +
      'what the data usually looks like rather than copy its input. The noise is drawn afresh every step.',
    whenToUse: 'Removing noise from images or signals, and learning sturdier codes than a plain model.',
  }),
  sparse: (s) => ({
    name: 'Sparse autoencoder',
    tex: `L = \\ell(x, \\hat x) + \\lambda \\cdot \\frac{1}{B} \\sum_{i=1}^{B} \\sum_{k=1}^{K} \\left| z_{ik} \\right|`,
    constants: constantsTex([['\\lambda', texNumber(s.sparsityRate)]]),
    explanation:
      'An L1 penalty on the code values pushes most of them to zero, so each sample is described by a few ' +
      'active code units; B is the batch size, K the latent size.',
    whenToUse: 'Interpretable features, or a code wider than needed that should still stay simple.',
  }),
  variational: (s) => ({
    name: 'Variational autoencoder (VAE)',
    tex: lines(
      'z &= \\mu + \\sigma \\odot \\varepsilon, \\quad \\varepsilon \\sim \\mathcal{N}(0, I)',
      'L &= \\ell\\big(x, g(z)\\big) + \\frac{\\beta}{D}\\, \\mathrm{KL}',
      '\\mathrm{KL} &= -\\tfrac{1}{2} \\sum_{k=1}^{K} \\left(1 + \\log \\sigma_k^2 - \\mu_k^2 - \\sigma_k^2\\right)',
    ),
    constants: constantsTex([['\\beta', texNumber(s.beta)]]),
    explanation:
      'The encoder gives a distribution N(μ, σ²) per code unit instead of a point; the decoder rebuilds x from ' +
      'a sample of it. The KL term pulls every distribution towards N(0, 1), so the code space has no holes ' +
      'and new samples can be decoded from random codes. It is divided by D, the number of input values, to ' +
      'match the per-value scale of ℓ, and averaged over the batch.',
    whenToUse:
      'Generating new samples and smooth interpolations; a larger β gives a tidier but blurrier code.',
  }),
};

/** The loss of the chosen autoencoder variant, built on the reconstruction loss ℓ. */
export function variantFormula(settings: VariantSettings): FormulaEntry {
  return builders[settings.variant](settings);
}
