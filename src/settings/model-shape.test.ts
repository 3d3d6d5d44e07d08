import { describe, expect, it } from 'vitest';
import {
  batchMode,
  compressionRatio,
  effectiveBatchSize,
  layerWidths,
  modelParameterCount,
  parameterCount,
} from './model-shape';

describe('model shape', () => {
  it('mirrors the encoder: 10 → 5 → 5 → 5 → 10 for the seed example', () => {
    expect(layerWidths([5], 5, 10)).toEqual([10, 5, 5, 5, 10]);
    expect(layerWidths([], 3, 10)).toEqual([10, 3, 10]);
  });

  it('counts weights and biases', () => {
    // 10·5+5, 5·5+5, 5·5+5, 5·10+10.
    expect(parameterCount([10, 5, 5, 5, 10])).toBe(55 + 30 + 30 + 60);
    expect(compressionRatio(784, 32)).toBe(24.5);
  });

  it('counts a variational code layer twice as wide (μ and log σ²)', () => {
    const shape = { encoderUnits: [5], latentSize: 2 };
    expect(modelParameterCount({ ...shape, variant: 'plain' }, 10)).toBe(parameterCount([10, 5, 2, 5, 10]));
    // The code layer 5 → 4 instead of 5 → 2: 10 more weights and 2 more biases.
    expect(modelParameterCount({ ...shape, variant: 'variational' }, 10)).toBe(
      parameterCount([10, 5, 2, 5, 10]) + 12,
    );
  });

  it('names the kind of gradient descent a batch size gives', () => {
    expect(batchMode(1, 100)).toBe('stochastic');
    expect(batchMode(32, 100)).toBe('mini-batch');
    expect(batchMode(100, 100)).toBe('full-batch');
    expect(batchMode(500, 100)).toBe('full-batch');
    expect(effectiveBatchSize({ batchSize: 500, trainSize: 100 })).toBe(100);
  });
});
