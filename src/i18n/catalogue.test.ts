import { describe, expect, it } from 'vitest';
import { optimizerFormula } from '../learn/optimizer-formulas';
import { lossLabels } from '../settings/options';
import { defaultSettings } from '../settings/schema';
import { en } from './en';
import { formatMessage, placeholderNames } from './format';
import { catalogues, translatorFor } from './translate';
import { zhCN } from './zh-CN';

describe('the catalogues', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('take the same placeholders in every message', () => {
    const mismatched = Object.keys(en).filter(
      (key) => placeholderNames(en[key] ?? '').join() !== placeholderNames(zhCN[key] ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('have no empty message', () => {
    for (const catalogue of Object.values(catalogues)) {
      expect(Object.entries(catalogue).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });
});

describe('the translator', () => {
  it('keeps the English of today', () => {
    const english = translatorFor('en');
    expect(english.t('controls.train')).toBe('Train');
    expect(english.setting('learningRate').label).toBe('Learning rate');
    expect(english.option(lossLabels, 'mse')).toBe('Mean squared error');
  });

  it('fills figures and finds Chinese by key, by setting, by option table and by Learn entry', () => {
    const chinese = translatorFor('zh-CN');
    expect(chinese.t('controls.savedAt', { step: 42 })).toBe('已保存于第 42 步');
    expect(chinese.setting('learningRate').label).toBe('学习率');
    expect(chinese.option(lossLabels, 'mse')).toBe('均方误差');
    const entry = chinese.formula(
      optimizerFormula({ ...defaultSettings, optimizer: 'momentum', nesterov: true }),
    );
    expect(entry.name).toBe('动量（Nesterov）');
    expect(entry.tex).toBe(
      optimizerFormula({ ...defaultSettings, optimizer: 'momentum', nesterov: true }).tex,
    );
  });

  it('names the built-in data sets’ classes, numbered ones included, and leaves other names alone', () => {
    const chinese = translatorFor('zh-CN');
    expect(chinese.className('Ankle boot')).toBe('短靴');
    expect(chinese.className('cluster 3')).toBe('簇 3');
    expect(chinese.className('segment 2')).toBe('第 2 段');
    expect(chinese.className('7')).toBe('7');
    expect(chinese.className('my own class')).toBe('my own class');
    expect(translatorFor('en').className('cluster 3')).toBe('cluster 3');
  });

  it('leaves an unknown placeholder as written', () => {
    expect(formatMessage('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
