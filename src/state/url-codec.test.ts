import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/schema';
import { phraseText } from '../settings/phrases';
import { validateSettings } from '../settings/validate';
import { decodeSettings, encodeSettings } from './url-codec';

describe('url codec', () => {
  it('round-trips every setting exactly', () => {
    const settings = {
      ...defaultSettings,
      encoderUnits: [128, 64],
      learningRate: 0.0003,
      nesterov: true,
      optimizer: 'momentum' as const,
    };
    expect(decodeSettings(`#${encodeSettings(settings)}`)).toEqual({ settings, notices: [] });
  });

  it('round-trips an empty encoder', () => {
    const settings = { ...defaultSettings, encoderUnits: [] };
    expect(decodeSettings(encodeSettings(settings)).settings.encoderUnits).toEqual([]);
  });

  it('ignores unknown keys and bad values with a notice, keeping the rest', () => {
    const { settings, notices } = decodeSettings('#latentSize=3&dropout=0.5&learningRate=-1&nesterov=maybe');
    expect(settings).toEqual({ ...defaultSettings, latentSize: 3 });
    expect(notices.map(phraseText)).toEqual([
      'Unknown setting “dropout” ignored.',
      'Learning rate: “-1” is not allowed; kept 0.001.',
      'Nesterov: “maybe” is not allowed; kept false.',
    ]);
  });

  it('falls back when two valid values clash', () => {
    const { settings, notices } = decodeSettings('#loss=binaryCrossentropy&outputActivation=linear');
    expect(settings.outputActivation).toBe('sigmoid');
    expect(notices).toHaveLength(1);
  });

  it('always yields valid settings from hostile input', () => {
    const hostile = [
      '#%E0%A4%A',
      '#batchSize=1e400',
      '#encoderUnits=,,,',
      '#seed=0x10',
      `#${'a'.repeat(30_000)}`,
      '#=&&==',
    ];
    for (const hash of hostile) expect(validateSettings(decodeSettings(hash).settings).ok).toBe(true);
  });
});
