import type { Clipping } from '../settings/options';
import type { Settings } from '../settings/schema';
import { constantsTex, type FormulaEntry } from './formula-entry';
import { texNumber } from './tex-number';

const entries: Record<Clipping, Omit<FormulaEntry, 'constants'>> = {
  none: {
    name: 'No clipping',
    tex: 'g = \\nabla_\\theta L',
    explanation: 'The optimizer receives the gradient of the loss as it is.',
    whenToUse: 'Whenever training is stable: the loss falls without sudden spikes.',
  },
  value: {
    name: 'Clipping by value',
    tex: 'g \\leftarrow \\operatorname{clip}(g, -c, c) = \\min\\big(\\max(g, -c),\\ c\\big)',
    explanation:
      'Every component of the gradient is cut to the interval [−c, c]. Simple, but it changes the ' +
      'gradient’s direction when only some components are cut.',
    whenToUse: 'A blunt guard against single exploding values.',
  },
  norm: {
    name: 'Clipping by global norm',
    tex:
      'g \\leftarrow g \\cdot \\frac{c}{\\max\\left(\\lVert g \\rVert_2,\\ c\\right)}, \\qquad ' +
      '\\lVert g \\rVert_2 = \\sqrt{\\textstyle\\sum_k \\lVert g_k \\rVert_2^2}',
    explanation:
      'The gradients of all weights together form one vector; when it is longer than c it is shrunk to length ' +
      'c, keeping its direction. Shorter gradients pass unchanged.',
    whenToUse:
      'When the loss spikes or turns to NaN from one oversized step (a high learning rate, deep networks): ' +
      'the step keeps its direction but not its size.',
  },
};

/** The clipping rule applied to the gradients before the optimizer sees them, with the settings' threshold. */
export function clippingFormula(settings: Pick<Settings, 'clipping' | 'clipThreshold'>): FormulaEntry {
  const constants =
    settings.clipping === 'none' ? '' : constantsTex([['c', texNumber(settings.clipThreshold)]]);
  return { ...entries[settings.clipping], constants };
}
