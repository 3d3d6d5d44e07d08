import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../settings/schema';
import { validateSettings } from '../settings/validate';
import { translateFieldError } from './field-errors';
import { translatorFor } from './translate';

/** The validator's first message for settings with `change` applied. */
function messageFor(change: Partial<Record<keyof Settings, unknown>>): string {
  const result = validateSettings({ ...defaultSettings, ...change });
  if (result.ok) throw new Error('expected a rejection');
  return result.errors[0]?.message ?? '';
}

describe('translateFieldError', () => {
  const chinese = translatorFor('zh-CN');

  it('rewords what the validator says, label and issue', () => {
    expect(translateFieldError(messageFor({ learningRate: 100 }), chinese)).toBe('学习率：不能大于 10');
    expect(translateFieldError(messageFor({ epochs: 1.5 }), chinese)).toBe('训练轮数：必须是整数');
    expect(translateFieldError(messageFor({ encoderUnits: [0] }), chinese)).toBe(
      '编码器层（第 1 项）：不能小于 1',
    );
    expect(
      translateFieldError(messageFor({ loss: 'binaryCrossentropy', outputActivation: 'linear' }), chinese),
    ).toBe('输出激活函数：二元交叉熵需要 sigmoid 输出');
  });

  it('leaves English, and messages it does not know, as they are', () => {
    const message = messageFor({ learningRate: 100 });
    expect(translateFieldError(message, translatorFor('en'))).toBe(message);
    expect(translateFieldError('Something else went wrong', chinese)).toBe('Something else went wrong');
  });
});
