import { describe, expect, it } from 'vitest';
import { defaultSettings, settingFields, settingKeys } from './schema';
import { validateSettings } from './validate';

describe('validateSettings', () => {
  it('accepts the defaults', () => {
    expect(validateSettings(defaultSettings)).toEqual({ ok: true, settings: defaultSettings });
  });

  it.each([
    ['learningRate', 50, 'Learning rate: must be at most 10'],
    ['learningRate', 0, 'Learning rate: must be at least 0.000001'],
    ['latentSize', 0, 'Latent size: must be at least 1'],
    ['latentSize', 513, 'Latent size: must be at most 512'],
    ['batchSize', 2.5, 'Batch size: must be a whole number'],
    ['seed', 0, 'Seed: must be at least 1'],
    ['encoderUnits', [1, 2, 3, 4, 5, 6, 7, 8, 9], 'Encoder layers: at most 8 items'],
    ['encoderUnits', [64, 4096], 'Encoder layers (item 2): must be at most 2048'],
    [
      'optimizer',
      'lbfgs',
      'Optimizer: must be one of sgd, momentum, adagrad, adadelta, rmsprop, adam, adamax',
    ],
    ['epochs', 'ten', 'Epochs: must be a number'],
  ] as const)('rejects %s = %j, naming the field', (key, value, message) => {
    const result = validateSettings({ ...defaultSettings, [key]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ field: key, message });
  });

  it('rejects binary cross-entropy with a linear output', () => {
    const result = validateSettings({
      ...defaultSettings,
      loss: 'binaryCrossentropy',
      outputActivation: 'linear',
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'outputActivation',
          message: 'Output activation: binary cross-entropy needs the sigmoid output',
        },
      ],
    });
  });

  it('rejects unknown settings', () => {
    const result = validateSettings({ ...defaultSettings, dropout: 0.5 });
    expect(result.ok).toBe(false);
  });

  it('has a label, a help text and a valid default for every field', () => {
    for (const key of settingKeys) {
      expect(settingFields[key].label.length).toBeGreaterThan(0);
      expect(settingFields[key].help.length).toBeGreaterThan(0);
      expect(settingFields[key].schema.safeParse(settingFields[key].default).success).toBe(true);
    }
  });
});
