import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translate';
import { isPhrase, phrase, PhraseError, phraseOf, phraseText } from './phrases';

const zh = translatorFor('zh-CN');

describe('phrases', () => {
  it('word nested phrases, setting labels, validator messages and lists in English', () => {
    const count = phrase('count.fields', { count: 3 });
    expect(phraseText(phrase('csv.raggedHeader', { row: 7, fields: count, width: 4 }))).toBe(
      'Row 7 has 3 fields, but the header has 4.',
    );
    expect(phraseText(phrase('link.badHide', { setting: { setting: 'seed' }, value: 'x' }))).toBe(
      'Seed: hide “x” is not 1 or 0; left visible.',
    );
    const reasons = [
      phrase('backend.reason', { backend: 'webgl', reason: phrase('backend.noWebgl2') }),
      phrase('backend.reason', { backend: 'wasm', reason: phrase('backend.wasmMissing') }),
    ];
    expect(phraseText(phrase('backend.noneStarted', { reasons }))).toBe(
      'No backend could start: webgl: WebGL 2 is not available; wasm: the WASM binary could not be loaded',
    );
  });

  it('word the same phrases in Chinese, parts and all', () => {
    expect(
      zh.phrase(
        phrase('csv.raggedFirstRow', { row: 3, fields: phrase('count.field', { count: 1 }), width: 2 }),
      ),
    ).toBe('第 3 行有 1 个字段，但第一行有 2 个。');
    expect(
      zh.phrase(
        phrase('link.clash', { error: { fieldError: 'Learning rate: must be at most 10' }, kept: 0.001 }),
      ),
    ).toBe('学习率：不能大于 10；保留为 0.001。');
    expect(zh.phrase('a message saved before phrases')).toBe('a message saved before phrases');
  });

  it('travel in errors: a PhraseError keeps its phrase and says it in English; other errors pass on their words', () => {
    const error = new PhraseError(phrase('upload.noImage'));
    expect(error.message).toBe('No image was chosen.');
    expect(phraseOf(error)).toEqual({ code: 'upload.noImage', params: {} });
    expect(phraseOf(new TypeError('x is undefined'))).toEqual({
      code: 'raw',
      params: { text: 'x is undefined' },
    });
    expect(zh.phrase(phraseOf(error))).toBe('没有选择图像。');
  });

  it('are told apart from other values, structured clones included', () => {
    expect(isPhrase(structuredClone(phrase('csv.empty')))).toBe(true);
    expect(isPhrase('The file is empty.')).toBe(false);
    expect(isPhrase({ code: 'no.such.code', params: {} })).toBe(false);
  });
});
