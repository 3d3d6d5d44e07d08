import type { Optimizer } from './options';
import { defaultSettings, settingFields, type SettingKey, type Settings } from './schema';

type KeysOfType<T> = { [K in SettingKey]: Settings[K] extends T ? K : never }[SettingKey];
/** Settings held as a number. */
export type NumberSettingKey = KeysOfType<number>;
/** Settings held as a boolean. */
export type BooleanSettingKey = KeysOfType<boolean>;

/** The range and kind of a numeric setting, read from its schema. */
export interface NumberLimits {
  min: number;
  max: number;
  integer: boolean;
}

interface NumericSchema {
  minValue: number | null;
  maxValue: number | null;
  isInt: boolean;
}

/** Limits of a numeric setting, as the schema enforces them. */
export function numberLimits(key: NumberSettingKey): NumberLimits {
  return limitsOf(settingFields[key].schema);
}

/** Limits of one encoder layer's width. */
export function encoderUnitLimits(): NumberLimits {
  return limitsOf(settingFields.encoderUnits.schema.element);
}

function limitsOf(schema: NumericSchema): NumberLimits {
  return { min: schema.minValue ?? -Infinity, max: schema.maxValue ?? Infinity, integer: schema.isInt };
}

/** A constant an optimizer takes besides the learning rate. */
export type OptimizerParameter = NumberSettingKey | BooleanSettingKey;

/** Whether a setting is a switch rather than a number. */
export function isBooleanSetting(key: OptimizerParameter): key is BooleanSettingKey {
  return typeof defaultSettings[key] === 'boolean';
}

/** The constants each optimizer takes besides the learning rate, in the order the UI shows them. */
export const optimizerParameters: Record<Optimizer, readonly OptimizerParameter[]> = {
  sgd: [],
  momentum: ['momentum', 'nesterov'],
  adagrad: ['initialAccumulator'],
  adadelta: ['rho', 'epsilon'],
  rmsprop: ['decay', 'rmspropMomentum', 'epsilon', 'centered'],
  adam: ['beta1', 'beta2', 'epsilon'],
  adamax: ['beta1', 'beta2', 'epsilon'],
};
