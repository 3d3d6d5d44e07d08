import type { z } from 'zod';
import { settingFields, settingsSchema, type SettingKey, type Settings } from './schema';

/** A rejected value: the setting it belongs to and a message that names it. */
export interface FieldError {
  field: SettingKey | null;
  message: string;
}

export type Validation = { ok: true; settings: Settings } | { ok: false; errors: FieldError[] };

/** Checks a candidate against the Settings schema; errors name the field by its visible label. */
export function validateSettings(candidate: unknown): Validation {
  const result = settingsSchema.safeParse(candidate);
  if (result.success) return { ok: true, settings: result.data };
  return { ok: false, errors: result.error.issues.map(toFieldError) };
}

function toFieldError(issue: z.core.$ZodIssue): FieldError {
  const key = issue.path[0];
  const field = typeof key === 'string' && key in settingFields ? (key as SettingKey) : null;
  const label = field ? settingFields[field].label : 'Settings';
  const where = field && issue.path.length > 1 ? ` (item ${Number(issue.path[1]) + 1})` : '';
  return { field, message: `${label}${where}: ${describeIssue(issue)}` };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'array'
        ? `at most ${String(issue.maximum)} items`
        : `must be at most ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `at least ${String(issue.minimum)} items`
        : `must be at least ${String(issue.minimum)}`;
    case 'invalid_type':
      return issue.expected === 'int' ? 'must be a whole number' : `must be a ${issue.expected}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown setting ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}
