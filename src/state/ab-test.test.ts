import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translate';
import { phraseText } from '../settings/phrases';
import { defaultSettings } from '../settings/schema';
import { abSettingKeys, abValueInput, planAbTest, type AbPlan } from './ab-test';

/** A plan with its note or message in English words. */
const inWords = (plan: AbPlan) =>
  plan.ok ? { ...plan, note: phraseText(plan.note) } : { ...plan, message: phraseText(plan.message) };

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
    expect(inWords(plan)).toEqual({
      ok: true,
      settings: { ...defaultSettings, learningRate: 0.01 },
      note: 'Same seed, data and initial weights as the run it copies.',
    });
  });

  it('says when the initial weights or the data differ', () => {
    const latent = planAbTest(defaultSettings, 'latentSize', '8');
    expect(latent.ok && phraseText(latent.note)).toMatch(
      /initial weights differ \(Latent size changes the layers’ shapes\)/,
    );
    const layers = planAbTest(defaultSettings, 'encoderUnits', '256, 64');
    expect(layers.ok && layers.settings.encoderUnits).toEqual([256, 64]);
    const data = planAbTest(defaultSettings, 'trainSize', '2000');
    expect(data.ok && phraseText(data.note)).toMatch(
      /^Same seed and initial weights as the run it copies; the data differ/,
    );
  });

  it('words its note and its refusals in Chinese too', () => {
    const zh = translatorFor('zh-CN');
    const latent = planAbTest(defaultSettings, 'latentSize', '8');
    expect(latent.ok && zh.phrase(latent.note)).toBe(
      '与所复制的训练使用相同的随机种子和数据；初始权重不同（潜在编码维数改变了各层的形状）。',
    );
    const refused = planAbTest(defaultSettings, 'learningRate', '-1');
    expect(!refused.ok && zh.phrase(refused.message)).toBe('学习率：不能小于 0.000001');
    const same = planAbTest(defaultSettings, 'learningRate', '0.001');
    expect(!same.ok && zh.phrase(same.message)).toBe('学习率已经是 0.001。');
  });

  it('refuses values the schema refuses, and a value equal to the current one', () => {
    expect(inWords(planAbTest(defaultSettings, 'learningRate', '-1'))).toEqual({
      ok: false,
      message: 'Learning rate: must be at least 0.000001',
    });
    expect(planAbTest(defaultSettings, 'learningRate', '0.001')).toMatchObject({ ok: false });
    expect(planAbTest(defaultSettings, 'seed', '7')).toMatchObject({ ok: false });
  });
});
