import type { Optimizer } from '../settings/options';
import type { OptimizerSettings } from '../settings/schema';
import { constantsTex, type FormulaEntry } from './formula-entry';
import { texNumber } from './tex-number';

const lines = (...rows: string[]) => `\\begin{aligned} ${rows.join(' \\\\ ')} \\end{aligned}`;
const ADAM_MOMENTS = [
  'm &\\leftarrow \\beta_1 m + (1 - \\beta_1)\\, g',
  'v &\\leftarrow \\beta_2 v + (1 - \\beta_2)\\, g^2',
];

/** Builds the entry of each optimizer from the settings: the formula follows the switches (Nesterov,
 * centered), the constants line shows the values passed to tfjs. */
const builders: Record<Optimizer, (s: OptimizerSettings) => FormulaEntry> = {
  sgd: (s) => ({
    name: 'SGD',
    tex: '\\theta \\leftarrow \\theta - \\eta\\, g',
    constants: constantsTex([['\\eta', texNumber(s.learningRate)]]),
    explanation:
      'Plain gradient descent: every weight takes a step against its gradient, the step η times the gradient. ' +
      'With batch size 1 it is stochastic gradient descent, with the whole set full-batch gradient descent.',
    whenToUse:
      'To see the basic mechanism, and as a baseline. Slow on ill-conditioned problems, and the learning rate ' +
      'needs tuning by hand.',
  }),
  momentum: (s) => ({
    name: s.nesterov ? 'Momentum (Nesterov)' : 'Momentum',
    tex: lines(
      'v &\\leftarrow \\mu\\, v + g',
      s.nesterov
        ? '\\theta &\\leftarrow \\theta - \\eta\\,(g + \\mu\\, v)'
        : '\\theta &\\leftarrow \\theta - \\eta\\, v',
    ),
    constants: constantsTex([
      ['\\eta', texNumber(s.learningRate)],
      ['\\mu', texNumber(s.momentum)],
    ]),
    explanation:
      'A velocity v sums the past gradients, each one μ times fainter per step, so steps grow along ' +
      'directions the gradients agree on and cancel where they zig-zag. Nesterov looks one velocity step ' +
      'ahead, which damps overshooting.',
    whenToUse:
      'Long narrow valleys where plain SGD zig-zags. μ = 0.9 is usual; the effective step is about η/(1 − μ).',
  }),
  adagrad: (s) => ({
    name: 'AdaGrad',
    tex: lines(
      'G &\\leftarrow G + g^2',
      '\\theta &\\leftarrow \\theta - \\eta\\, \\frac{g}{\\sqrt{G + \\epsilon}}',
    ),
    constants: constantsTex([
      ['\\eta', texNumber(s.learningRate)],
      ['G_0', texNumber(s.initialAccumulator)],
      ['\\epsilon', '10^{-7} \\text{ (WebGL: } 10^{-4}\\text{)}'],
    ]),
    explanation:
      'Each weight gets its own step size: the learning rate divided by the root of the sum of all its ' +
      'squared gradients so far. Rarely updated weights keep large steps. tfjs takes ε from the backend, not ' +
      'from the settings.',
    whenToUse:
      'Sparse features. The sum only grows, so the steps shrink for ever and training can stall on long runs.',
  }),
  adadelta: (s) => ({
    name: 'AdaDelta',
    tex: lines(
      '\\Delta &= \\frac{\\sqrt{U + \\epsilon}}{\\sqrt{E + \\epsilon}}\\; g',
      'E &\\leftarrow \\rho\\, E + (1 - \\rho)\\, g^2',
      'U &\\leftarrow \\rho\\, U + (1 - \\rho)\\, \\Delta^2',
      '\\theta &\\leftarrow \\theta - \\eta\\, \\Delta',
    ),
    constants: constantsTex([
      ['\\eta', texNumber(s.learningRate)],
      ['\\rho', texNumber(s.rho)],
      ['\\epsilon', texNumber(s.epsilon)],
    ]),
    explanation:
      'Scales each gradient by the ratio of two running averages: of past squared updates U over past ' +
      'squared gradients E, so the step has the units of the weights. As tfjs computes it, the division ' +
      'uses E from before this step’s gradient is added (the original paper uses the updated E).',
    whenToUse: 'When you would rather not tune the learning rate: η = 1 is the paper’s choice.',
  }),
  rmsprop: (s) => ({
    name: s.centered ? 'RMSProp (centered)' : 'RMSProp',
    tex: lines(
      'E &\\leftarrow \\rho\\, E + (1 - \\rho)\\, g^2',
      ...(s.centered
        ? [
            '\\bar g &\\leftarrow \\rho\\, \\bar g + (1 - \\rho)\\, g',
            'M &\\leftarrow \\mu M + \\eta\\, \\frac{g}{\\sqrt{E - \\bar g^2 - \\epsilon}}',
          ]
        : ['M &\\leftarrow \\mu M + \\eta\\, \\frac{g}{\\sqrt{E + \\epsilon}}']),
      '\\theta &\\leftarrow \\theta - M',
    ),
    constants: constantsTex([
      ['\\eta', texNumber(s.learningRate)],
      ['\\rho', texNumber(s.decay)],
      ['\\mu', texNumber(s.rmspropMomentum)],
      ['\\epsilon', texNumber(s.epsilon)],
    ]),
    explanation:
      'Like AdaGrad, but the squared gradients are averaged with exponential forgetting (ρ), so the steps do ' +
      'not shrink for ever. With μ = 0 it is θ ← θ − η g/√(E + ε). Centered divides by an estimate of the ' +
      'gradient’s variance instead; tfjs subtracts ε there, as the formula shows.',
    whenToUse: 'Noisy or changing gradients; a robust default for many networks, with η around 0.001.',
  }),
  adam: (s) => ({
    name: 'Adam',
    tex: lines(
      ...ADAM_MOMENTS,
      '\\hat m &= \\frac{m}{1 - \\beta_1^{\\,t}}, \\quad \\hat v = \\frac{v}{1 - \\beta_2^{\\,t}}',
      '\\theta &\\leftarrow \\theta - \\eta\\, \\frac{\\hat m}{\\sqrt{\\hat v} + \\epsilon}',
    ),
    constants: constantsTex([
      ['\\eta', texNumber(s.learningRate)],
      ['\\beta_1', texNumber(s.beta1)],
      ['\\beta_2', texNumber(s.beta2)],
      ['\\epsilon', texNumber(s.epsilon)],
    ]),
    explanation:
      'Momentum (the average m of the gradients) and RMSProp (the average v of their squares) together, with ' +
      'both averages corrected for starting at zero; t counts the steps. Each weight moves about η per step ' +
      'in the direction its recent gradients agree on.',
    whenToUse: 'The usual first choice: works with little tuning; η = 0.001 is the common default.',
  }),
  adamax: (s) => ({
    name: 'Adamax',
    tex: lines(
      'm &\\leftarrow \\beta_1 m + (1 - \\beta_1)\\, g',
      'u &\\leftarrow \\max(\\beta_2\\, u,\\ |g|)',
      '\\theta &\\leftarrow \\theta - \\frac{\\eta}{1 - \\beta_1^{\\,t}}\\, \\frac{m}{u + \\epsilon}',
    ),
    constants: constantsTex([
      ['\\eta', texNumber(s.learningRate)],
      ['\\beta_1', texNumber(s.beta1)],
      ['\\beta_2', texNumber(s.beta2)],
      ['\\epsilon', texNumber(s.epsilon)],
    ]),
    explanation:
      'A variant of Adam that scales by the largest recent gradient size u (an infinity norm) instead of the ' +
      'root mean square; u needs no bias correction.',
    whenToUse: 'Like Adam; sometimes steadier when gradients have rare huge values.',
  }),
};

/** The update rule of the chosen optimizer as tfjs applies it to every weight θ, element-wise, with g the
 * (clipped) gradient of the loss. */
export function optimizerFormula(settings: OptimizerSettings): FormulaEntry {
  return builders[settings.optimizer](settings);
}
