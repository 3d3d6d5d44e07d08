import { describe, expect, it } from 'vitest';
import { defaultSettings, settingKeys } from '../settings/schema';
import { translatorFor } from '../i18n/translate';
import { phraseText } from '../settings/phrases';
import { validateSettings } from '../settings/validate';
import { decodeLink, encodeLink, viewLabels } from './link-codec';
import { createLayoutStore } from './page-layout';

describe('link codec', () => {
  it('round-trips settings, hidden controls and open views exactly', () => {
    const settings = { ...defaultSettings, dataset: 'uniform' as const, seed: 7, latentSize: 5 };
    const layout = {
      hidden: ['latentSize', 'optimizer'] as const,
      openViews: ['advanced', 'weights'] as const,
    };
    const hash = encodeLink(settings, { hidden: [...layout.hidden], openViews: [...layout.openViews] });
    expect(hash).toContain('latentSize_hide=1');
    expect(hash).toContain('views=advanced%2Cweights');
    expect(decodeLink(`#${hash}`)).toEqual({
      settings,
      language: null,
      notices: [],
      hidden: ['latentSize', 'optimizer'],
      openViews: ['advanced', 'weights'],
    });
  });

  it('carries the interface language when it is not English, and reads lang=en and lang=zh-CN back', () => {
    const layout = { hidden: [], openViews: [] };
    expect(encodeLink(defaultSettings, layout, 'en')).not.toContain('lang=');
    const chinese = encodeLink(defaultSettings, layout, 'zh-CN');
    expect(chinese).toContain('lang=zh-CN');
    expect(decodeLink(`#${chinese}`)).toMatchObject({ language: 'zh-CN', notices: [] });
    expect(decodeLink('#lang=en&seed=3')).toMatchObject({ language: 'en', notices: [] });
    expect(decodeLink('#seed=3').language).toBeNull();
  });

  it('ignores an unknown language with a notice, worded in either language', () => {
    const decoded = decodeLink('#lang=fr&seed=4');
    expect(decoded.language).toBeNull();
    expect(decoded.settings.seed).toBe(4);
    expect(decoded.notices.map(phraseText)).toEqual([
      'Unknown language “fr” ignored; the languages are en, zh-CN.',
    ]);
    expect(decoded.notices.map(translatorFor('zh-CN').phrase)).toEqual([
      '未知的语言“fr”，已忽略；可用的语言为 en, zh-CN。',
    ]);
  });

  it('leaves out the views key when no view is open', () => {
    expect(encodeLink(defaultSettings, { hidden: [], openViews: [] })).not.toContain('views=');
  });

  it('ignores unknown hides, bad hide values and unknown views with a notice', () => {
    const decoded = decodeLink('#dropout_hide=1&seed_hide=maybe&loss_hide=0&views=advanced,nonsense&seed=9');
    expect(decoded.hidden).toEqual([]);
    expect(decoded.openViews).toEqual(['advanced']);
    expect(decoded.settings.seed).toBe(9);
    expect(decoded.notices.map(phraseText)).toEqual([
      'Cannot hide “dropout”: there is no such setting.',
      'Seed: hide “maybe” is not 1 or 0; left visible.',
      'Unknown view “nonsense” ignored.',
    ]);
  });

  it('words every notice in Chinese, setting labels and validator messages included', () => {
    const decoded = decodeLink(
      '#dropout_hide=1&seed_hide=maybe&views=nonsense&colour=red&learningRate=-1&loss=binaryCrossentropy&outputActivation=linear',
    );
    expect(decoded.notices.map(translatorFor('zh-CN').phrase)).toEqual([
      '无法隐藏“dropout”：没有这个设置。',
      '随机种子：隐藏标记“maybe”不是 1 或 0；保持显示。',
      '未知的视图“nonsense”，已忽略。',
      '未知的设置“colour”，已忽略。',
      '学习率：不允许取值“-1”；保留为 0.001。',
      '输出激活函数：二元交叉熵需要 sigmoid 输出；保留为 sigmoid。',
    ]);
  });

  it('still reports unknown settings and bad values', () => {
    const decoded = decodeLink('#latentSize=0&colour=red&batchSize_hide=true');
    expect(decoded.hidden).toEqual(['batchSize']);
    expect(decoded.settings.latentSize).toBe(defaultSettings.latentSize);
    expect(decoded.notices).toHaveLength(2);
  });

  it('always yields valid settings and known keys from hostile input', () => {
    const hostile = ['#_hide=1', '#views=', '#views=,,,', `#${'x_hide=1&'.repeat(3000)}`, '#%E0%A4%A_hide=1'];
    for (const hash of hostile) {
      const decoded = decodeLink(hash);
      expect(validateSettings(decoded.settings).ok).toBe(true);
      expect(decoded.hidden).toEqual([]);
    }
  });
});

describe('link codec under fuzzing', () => {
  it('never throws and keeps only known hides, views and languages in 10,000 random links', () => {
    let state = 12345;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const keys = [
      ...settingKeys,
      ...settingKeys.map((key) => `${key}_hide`),
      'views',
      'lang',
      '_hide',
      '__proto___hide',
    ];
    const values = [
      '1',
      '0',
      'true',
      '',
      '%E0%A4%A',
      'advanced,weights',
      'export,,x',
      '-1e308',
      '😀',
      '__proto__',
      'zh-CN',
      'en',
    ];
    for (let round = 0; round < 10_000; round++) {
      const pairs = Array.from({ length: 1 + Math.floor(next() * 6) }, () => `${pick(keys)}=${pick(values)}`);
      const decoded = decodeLink(`#${pairs.join('&')}`);
      expect(validateSettings(decoded.settings).ok).toBe(true);
      for (const key of decoded.hidden) expect(settingKeys).toContain(key);
      for (const view of decoded.openViews) expect(Object.keys(viewLabels)).toContain(view);
      expect([null, 'en', 'zh-CN']).toContain(decoded.language);
    }
  });
});

describe('layout store', () => {
  it('hides and shows controls and opens and closes views without duplicates', () => {
    const layout = createLayoutStore();
    layout.setHidden('seed', true);
    layout.setHidden('seed', true);
    layout.setViewOpen('export', true);
    expect(layout.get()).toEqual({ hidden: ['seed'], openViews: ['export'] });
    layout.setHidden('seed', false);
    layout.setViewOpen('export', false);
    expect(layout.get()).toEqual({ hidden: [], openViews: [] });
  });
});
