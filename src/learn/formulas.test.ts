import { describe, expect, it } from 'vitest';
import {
  clippingLabels,
  lossLabels,
  noiseTypeLabels,
  optimizerLabels,
  optionKeys,
  variantLabels,
} from '../settings/options';
import { defaultSettings } from '../settings/schema';
import { clippingFormula } from './clipping-formulas';
import type { FormulaEntry } from './formula-entry';
import { lossFormula } from './loss-formulas';
import { optimizerFormula } from './optimizer-formulas';
import { renderFormula } from './render-formula';
import { texNumber } from './tex-number';
import { variantFormula } from './variant-formulas';

/** Every formula and constants line typesets, and the texts are there. */
function expectRenders(entry: FormulaEntry): void {
  const html = renderFormula(entry.tex);
  expect(html).toContain('<math');
  expect(html).toContain('katex-html');
  if (entry.constants) expect(renderFormula(entry.constants, false)).toContain('<math');
  expect(entry.name.length).toBeGreaterThan(0);
  expect(entry.explanation.length).toBeGreaterThan(20);
  expect(entry.whenToUse.length).toBeGreaterThan(10);
}

describe('formula table', () => {
  it.each(optionKeys(lossLabels))('renders the %s loss', (loss) => {
    expectRenders(lossFormula({ ...defaultSettings, loss }));
  });

  it.each(optionKeys(optimizerLabels))(
    'renders the %s update, with and without its switches',
    (optimizer) => {
      for (const nesterov of [false, true])
        for (const centered of [false, true])
          expectRenders(optimizerFormula({ ...defaultSettings, optimizer, nesterov, centered }));
    },
  );

  it.each(optionKeys(clippingLabels))('renders clipping %s', (clipping) => {
    expectRenders(clippingFormula({ ...defaultSettings, clipping }));
  });

  it.each(optionKeys(variantLabels))('renders the %s variant with every noise', (variant) => {
    for (const noiseType of optionKeys(noiseTypeLabels))
      expectRenders(variantFormula({ ...defaultSettings, variant, noiseType }));
  });

  it('follows the switches and passes the settings’ constants', () => {
    const sgd = optimizerFormula({ ...defaultSettings, optimizer: 'sgd', learningRate: 0.05 });
    expect(sgd.tex).toBe('\\theta \\leftarrow \\theta - \\eta\\, g');
    expect(sgd.constants).toBe('\\eta = 0.05');
    const nesterov = optimizerFormula({ ...defaultSettings, optimizer: 'momentum', nesterov: true });
    const classic = optimizerFormula({ ...defaultSettings, optimizer: 'momentum', nesterov: false });
    expect(nesterov.tex).toContain('(g + \\mu\\, v)');
    expect(classic.tex).not.toContain('(g + \\mu\\, v)');
    const adam = optimizerFormula({ ...defaultSettings, optimizer: 'adam', epsilon: 1e-7, beta1: 0.9 });
    expect(adam.constants).toContain('\\epsilon = 10^{-7}');
    expect(adam.constants).toContain('\\beta_1 = 0.9');
    expect(lossFormula({ loss: 'huber', huberDelta: 0.5 }).constants).toBe('\\delta = 0.5');
    expect(clippingFormula({ clipping: 'norm', clipThreshold: 2 }).constants).toBe('c = 2');
    expect(clippingFormula({ clipping: 'none', clipThreshold: 2 }).constants).toBe('');
  });

  it('writes tiny and huge numbers as powers of ten', () => {
    expect(texNumber(0.001)).toBe('0.001');
    expect(texNumber(1e-7)).toBe('10^{-7}');
    expect(texNumber(2.5e-5)).toBe('2.5 \\times 10^{-5}');
    expect(texNumber(0)).toBe('0');
    expect(texNumber(1e6)).toBe('10^{6}');
  });

  it('throws on TeX that does not parse', () => {
    expect(() => renderFormula('\\frac{1}{')).toThrow();
  });
});
