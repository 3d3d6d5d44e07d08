import type { Loss } from '../settings/options';
import type { Settings } from '../settings/schema';
import { constantsTex, type FormulaEntry } from './formula-entry';
import { texNumber } from './tex-number';

/** The mean over a batch of B samples (i) with D values each (j), as tfjs's losses reduce. */
const MEAN = '\\frac{1}{BD}\\sum_{i,j}';

const entries: Record<Loss, Omit<FormulaEntry, 'constants'>> = {
  mse: {
    name: 'Mean squared error',
    tex: `L = ${MEAN} \\left(x_{ij} - \\hat{x}_{ij}\\right)^2`,
    explanation:
      'The average squared difference between each input value x and its reconstruction x̂. Large errors ' +
      'weigh much more than small ones, so the model works hardest on the values it gets most wrong.',
    whenToUse:
      'The default for real-valued data (points, signals, images). Sensitive to outliers: one badly ' +
      'reconstructed value can dominate the batch.',
  },
  binaryCrossentropy: {
    name: 'Binary cross-entropy (on logits)',
    tex:
      `\\begin{aligned} L &= -${MEAN} \\Big[x_{ij} \\log \\sigma(z_{ij}) + (1 - x_{ij}) \\log\\big(1 - \\sigma(z_{ij})\\big)\\Big] \\\\ ` +
      `&= ${MEAN} \\Big[\\max(z_{ij}, 0) - x_{ij} z_{ij} + \\log\\big(1 + e^{-|z_{ij}|}\\big)\\Big] \\end{aligned}`,
    explanation:
      'Treats every value x in [0, 1] as the probability of a pixel being on, and the output σ(z) as the ' +
      'model’s guess. It is computed from the decoder’s logits z (the second line), which never takes the ' +
      'logarithm of 0; the sigmoid is applied only for display.',
    whenToUse:
      'Data in [0, 1], such as MNIST pixels, with a sigmoid output. Gives steeper gradients than the squared ' +
      'error when a pixel is confidently wrong, so digits usually sharpen faster.',
  },
  mae: {
    name: 'Mean absolute error',
    tex: `L = ${MEAN} \\left|x_{ij} - \\hat{x}_{ij}\\right|`,
    explanation:
      'The average absolute difference. Every error pulls with the same strength, whatever its size (the ' +
      'gradient is ±1 per value).',
    whenToUse:
      'Data with outliers or heavy-tailed noise that should not dominate. Reconstructions tend to be a little ' +
      'blurrier at the fine details, since small errors are not pushed down harder as they shrink.',
  },
  huber: {
    name: 'Huber',
    tex:
      `L = ${MEAN} \\ell_\\delta\\!\\left(x_{ij} - \\hat{x}_{ij}\\right), \\qquad ` +
      `\\ell_\\delta(r) = \\begin{cases} \\tfrac{1}{2} r^2 & |r| \\le \\delta \\\\ ` +
      `\\delta \\left(|r| - \\tfrac{1}{2}\\delta\\right) & |r| > \\delta \\end{cases}`,
    explanation:
      'Squared for small errors, linear for large ones: the smoothness of the squared error near zero and ' +
      'the robustness of the absolute error far from it. δ sets where one turns into the other.',
    whenToUse: 'Real-valued data with occasional outliers; δ about the size of a typical “normal” error.',
  },
};

/** The formula of the chosen reconstruction loss, with the settings' δ for Huber. */
export function lossFormula(settings: Pick<Settings, 'loss' | 'huberDelta'>): FormulaEntry {
  const constants =
    settings.loss === 'huber' ? constantsTex([['\\delta', texNumber(settings.huberDelta)]]) : '';
  return { ...entries[settings.loss], constants };
}
