import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translate';
import { NO_FOLDER_CLASS, uploadedClassNames } from './datasets';

describe('uploadedClassNames', () => {
  it('words the class of images in no folder in the page’s language and leaves folder names alone', () => {
    const classes = [NO_FOLDER_CLASS, 'cats', 'Hunde'];
    expect(uploadedClassNames(classes, translatorFor('zh-CN').t('class.noFolder'))).toEqual([
      '（不在文件夹中）',
      'cats',
      'Hunde',
    ]);
    expect(uploadedClassNames(classes, translatorFor('en').t('class.noFolder'))).toEqual(classes);
  });
});
