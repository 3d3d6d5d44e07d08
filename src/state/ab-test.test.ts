import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/schema';
import { abSettingKeys, abValueInput, planAbTest } from './ab-test';

describe('A/B plan', () => {
  it('offers every setting but the seed, with an input that fits it', () => {
    expect(abSettingKeys).not.toContain('seed');
    expect(abSettingKeys).toContain('learningRate');
    const optimizer = abValueInput('optimizer');
    expect(optimizer.kind === 'choice' && optimizer.options).toEqual(expect.arrayContaining(['sgd', 'adam']));
    expect(abValueInput('nesterov')).toEqual({ kind: 'boolean' });
    expect(abValueInput('encoderUnits')).toEqual({ kind: 'list' });
    expect(abValueInput('latentSize')).toEqual({ kind: 'number' });
  });

  it('keeps seed, data and initial weights when the layers keep their shapes', () => {
    const plan = planAbTest(defaultSettings, 'learningRate', '0.01');
    expect(plan).toEqual({
      ok: true,
      settings: { ...defaultSettings, learningRate: 0.01 },
      note: 'Same seed, data and initial weights as the run it copies.',
    });
  });

  it('says when the initial weights or the data differ', () => {
    const latent = planAbTest(defaultSettings, 'latentSize', '8');
    expect(latent.ok && latent.note).toMatch(
      /initial weights differ \(Latent size changes the layers’ shapes\)/,
    );
    const layers = planAbTest(defaultSettings, 'encoderUnits', '256, 64');
    expect(layers.ok && layers.settings.encoderUnits).toEqual([256, 64]);
    const data = planAbTest(defaultSettings, 'trainSize', '2000');
    expect(data.ok && data.note).toMatch(
      /^Same seed and initial weights as the run it copies; the data differ/,
    );
  });

  it('refuses values the schema refuses, and a value equal to the current one', () => {
    expect(planAbTest(defaultSettings, 'learningRate', '-1')).toEqual({
      ok: false,
      message: 'Learning rate: must be at least 0.000001',
    });
    expect(planAbTest(defaultSettings, 'learningRate', '0.001')).toMatchObject({ ok: false });
    expect(planAbTest(defaultSettings, 'seed', '7')).toMatchObject({ ok: false });
  });
});
