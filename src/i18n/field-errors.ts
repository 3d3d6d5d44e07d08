import { settingFields, settingKeys } from '../settings/schema';
import type { Translator } from './translate';

// The settings validator (src/settings/validate.ts) words its messages in English as
// "<label>[ (item n)]: <issue>"; this rewords them in the interface language. Anything it does not
// recognise stays as the validator wrote it. field-errors.test.ts checks it against the validator itself.

/** The label keys by English label, longest first, so "Learning rate" wins over a shorter label it starts with. */
const labelsLongestFirst = [...settingKeys].sort(
  (a, b) => settingFields[b].label.length - settingFields[a].label.length,
);

const issuePatterns: readonly [RegExp, (tr: Translator, match: RegExpMatchArray) => string][] = [
  [/^must be at most (.+)$/, ({ t }, m) => t('fieldError.atMost', { limit: m[1] ?? '' })],
  [/^must be at least (.+)$/, ({ t }, m) => t('fieldError.atLeast', { limit: m[1] ?? '' })],
  [/^at most (\d+) items$/, ({ t }, m) => t('fieldError.atMostItems', { count: m[1] ?? '' })],
  [/^at least (\d+) items$/, ({ t }, m) => t('fieldError.atLeastItems', { count: m[1] ?? '' })],
  [/^must be a whole number$/, ({ t }) => t('fieldError.wholeNumber')],
  [/^must be a number$/, ({ t }) => t('fieldError.number')],
  [/^must be one of (.+)$/, ({ t }, m) => t('fieldError.oneOf', { values: m[1] ?? '' })],
  [/^binary cross-entropy needs the sigmoid output$/, ({ t }) => t('fieldError.bceSigmoid')],
];

/** A validation message in the translator's language; English messages pass through unchanged. */
export function translateFieldError(message: string, tr: Translator): string {
  if (tr.language === 'en') return message;
  const key = labelsLongestFirst.find((candidate) => {
    const label = settingFields[candidate].label;
    return message.startsWith(`${label}: `) || message.startsWith(`${label} (item `);
  });
  if (!key) return message;
  const rest = message.slice(settingFields[key].label.length);
  const item = /^ \(item (\d+)\)/.exec(rest);
  const issue = rest.slice((item?.[0].length ?? 0) + 2);
  const pattern = issuePatterns.find(([regex]) => regex.test(issue));
  const match = pattern ? issue.match(pattern[0]) : null;
  const where = item ? tr.t('fieldError.item', { item: item[1] ?? '' }) : '';
  const worded = pattern && match ? pattern[1](tr, match) : issue;
  return `${tr.setting(key).label}${where}：${worded}`;
}
