import { describe, expect, it } from 'vitest';
import { estimateResources, judgeResources } from './resources';
import { phraseText } from './phrases';
import { defaultSettings } from './schema';

describe('estimateResources', () => {
  it('counts model, optimizer, data and activations for the default MNIST run', () => {
    const estimate = estimateResources(defaultSettings, 784);
    expect(estimate.parameters).toBe(209_968);
    // Weights, gradients, last-good copy and Adam's two moments: five floats per parameter.
    expect(estimate.modelBytes).toBe(209_968 * 4 * 5);
    expect(estimate.dataBytes).toBe(12_000 * 784 * 4);
    expect(judgeResources(estimate)).toEqual({ level: 'ok' });
  });

  it('refuses 8 layers of 2,048 units on all 60,000 + 10,000 MNIST images, giving the numbers', () => {
    const huge = {
      ...defaultSettings,
      encoderUnits: Array(8).fill(2048),
      trainSize: 60_000,
      validationSize: 10_000,
    };
    const verdict = judgeResources(estimateResources(huge, 784));
    expect(verdict.level).toBe('refuse');
    if (verdict.level !== 'ok')
      expect(phraseText(verdict.message)).toMatch(/about [\d.]+ GB .*62,\d{3},\d{3} parameters.*data 220 MB/);
  });

  it('warns between the two limits', () => {
    const large = {
      ...defaultSettings,
      encoderUnits: [2048, 2048],
      trainSize: 60_000,
      validationSize: 10_000,
    };
    expect(judgeResources(estimateResources(large, 784)).level).toBe('warn');
  });
});
