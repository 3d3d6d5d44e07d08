import { clippingFormula } from '../learn/clipping-formulas';
import type { FormulaEntry } from '../learn/formula-entry';
import { glossary } from '../learn/glossary';
import { lossFormula } from '../learn/loss-formulas';
import { optimizerFormula } from '../learn/optimizer-formulas';
import { cyclePhaseLabels, cyclePhaseText, cyclePhases } from '../learn/training-cycle';
import { variantFormula } from '../learn/variant-formulas';
import {
  activationLabels,
  backendLabels,
  clippingLabels,
  datasetLabels,
  latentActivationLabels,
  lossLabels,
  noiseTypeLabels,
  optimizerLabels,
  optionKeys,
  outputActivationLabels,
  variantLabels,
} from '../settings/options';
import { barsClasses, fashionClasses, signalClasses } from '../settings/datasets';
import { phraseTexts } from '../settings/phrases';
import { presets } from '../settings/presets';
import { defaultSettings, settingFields, settingKeys } from '../settings/schema';

// The English of these texts stays where it is written (the settings table, the option tables, the presets,
// the Learn modules); the catalogue only gives each one a key, so English cannot drift from the page.

/** The option tables by catalogue name: an option's key is `option.<table>.<token>`. */
export const optionTables: Record<string, Record<string, string>> = {
  activation: activationLabels,
  latentActivation: latentActivationLabels,
  outputActivation: outputActivationLabels,
  loss: lossLabels,
  optimizer: optimizerLabels,
  clipping: clippingLabels,
  backend: backendLabels,
  dataset: datasetLabels,
  variant: variantLabels,
  noiseType: noiseTypeLabels,
};

function entryTexts(prefix: string, entry: FormulaEntry): [string, string][] {
  return [
    [`${prefix}.name`, entry.name],
    [`${prefix}.explanation`, entry.explanation],
    [`${prefix}.whenToUse`, entry.whenToUse],
  ];
}

function learnTexts(): [string, string][] {
  const s = defaultSettings;
  return [
    ...optionKeys(lossLabels).flatMap((loss) =>
      entryTexts(`learn.loss.${loss}`, lossFormula({ ...s, loss })),
    ),
    ...optionKeys(optimizerLabels).flatMap((optimizer) =>
      entryTexts(`learn.optimizer.${optimizer}`, optimizerFormula({ ...s, optimizer })),
    ),
    [
      'learn.optimizer.momentum.nesterovName',
      optimizerFormula({ ...s, optimizer: 'momentum', nesterov: true }).name,
    ],
    [
      'learn.optimizer.rmsprop.centeredName',
      optimizerFormula({ ...s, optimizer: 'rmsprop', centered: true }).name,
    ],
    ...optionKeys(clippingLabels).flatMap((clipping) =>
      entryTexts(`learn.clipping.${clipping}`, clippingFormula({ ...s, clipping })),
    ),
    ...optionKeys(variantLabels).flatMap((variant) =>
      entryTexts(`learn.variant.${variant}`, variantFormula({ ...s, variant })),
    ),
    ...glossary.flatMap((entry): [string, string][] => [
      [`glossary.${entry.term}.word`, entry.word],
      [`glossary.${entry.term}.question`, entry.question],
      [`glossary.${entry.term}.definition`, entry.definition],
    ]),
    ...cyclePhases.flatMap((phase): [string, string][] => [
      [`cycle.${phase}.label`, cyclePhaseLabels[phase]],
      [`cycle.${phase}.text`, cyclePhaseText[phase]],
    ]),
  ];
}

/** The English texts kept outside the catalogue, by catalogue key: settings' labels and help, option labels,
 * presets, the Learn panel's explanations, the phrases made away from the page and the built-in data sets' class
 * names. */
export const sourceTexts: Record<string, string> = Object.fromEntries([
  ...settingKeys.flatMap((key): [string, string][] => [
    [`setting.${key}.label`, settingFields[key].label],
    [`setting.${key}.help`, settingFields[key].help],
  ]),
  ...Object.entries(optionTables).flatMap(([table, labels]) =>
    Object.entries(labels).map(([token, label]): [string, string] => [`option.${table}.${token}`, label]),
  ),
  ...presets.flatMap((preset): [string, string][] => [
    [`preset.${preset.id}.label`, preset.label],
    [`preset.${preset.id}.reproduces`, preset.reproduces],
  ]),
  ...learnTexts(),
  ...Object.entries(phraseTexts).map(([code, text]): [string, string] => [`phrase.${code}`, text]),
  ...[...fashionClasses, ...barsClasses, ...signalClasses].map((name): [string, string] => [
    `className.${name}`,
    name,
  ]),
]);
