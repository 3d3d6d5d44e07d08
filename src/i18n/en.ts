import { sourceTexts } from './source-texts';

/** The interface's own strings in English, the source language: key → text, `{name}` for a figure. */
export const uiMessages = {
  'app.title': 'Autoencoder Playground',
  'language.label': 'Language / 语言',
  'theme.label': 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'tools.shortcuts': 'Shortcuts',
  'tools.learn': 'Learn',
  'tools.shareAndExport': 'Share and export',

  'controls.reset': 'Reset',
  'controls.train': 'Train',
  'controls.pause': 'Pause',
  'controls.step': 'Step',
  'controls.stepTitle': 'Train on one batch',
  'controls.stepEpoch': 'Step epoch',
  'controls.stepEpochTitle': 'Train to the end of the epoch',
  'controls.savedAt': 'Saved at step {step}',
  'controls.savedTitle': 'Kept in this browser: a reload carries on from here.',
  'phase.idle': 'Ready',
  'phase.preparing': 'Preparing data and model…',
  'phase.compiling': 'Compiling (first step)…',
  'phase.running': 'Training',
  'phase.paused': 'Paused',
  'phase.done': 'Done',
  'phase.diverged': 'Paused: loss diverged',

  'figures.epoch': 'Epoch',
  'figures.step': 'Step',
  'figures.trainingLoss': 'Training loss',
  'figures.validationLoss': 'Validation loss',
  'figures.samplesPerSecond': 'Samples/s',
  'figures.tensors': 'Tensors',
  'figures.backend': 'Backend',

  'panel.data': 'Data',
  'panel.model': 'Model',
  'panel.training': 'Training',
  'panel.output': 'Output',
  'panel.latentSpace': 'Latent space',
  'panel.advanced': 'Advanced',
  'latent.hint': 'Press Train or Step to see the latent space.',
  'output.evaluatedLoss': 'Evaluated loss (training set)',
  'output.evaluatedLossHint':
    'The loss over the whole training set after the last epoch, as model.evaluate gives it.',

  'preset.label': 'Preset',
  'preset.custom': 'Custom',
  'variant.plain': 'Rebuilds its input through the bottleneck.',
  'variant.denoising':
    'Sees a corrupted input and learns to rebuild the clean one; the loss compares with the clean input.',
  'variant.sparse': 'Pays λ·Σ|z| for every unit of code it uses, so most code units stay near zero.',
  'variant.variational':
    'Encodes a distribution N(μ, σ²) per sample, decodes a draw from it, and keeps it near N(0, 1) with β·KL: it can generate.',

  'notice.linkIgnored': 'Parts of this link were ignored:',
  'notice.dismiss': 'Dismiss',
  'notice.restart': 'Restart',

  'learn.heading': 'Learn',
  'learn.close': 'Close Learn',
  'learn.loading': 'Loading the formulas…',
  'learn.topic.loss': 'Loss',
  'learn.topic.variant': 'Variant',
  'learn.topic.optimizer': 'Optimizer',
  'learn.topic.clipping': 'Gradient clipping',
  'learn.formulaOf': '{topic} formula',
  'learn.with': 'with',
  'learn.whenToUse': 'When to use it:',
  'learn.glossary': 'Glossary',
  'learn.cycle': 'Training cycle',
  'learn.cycleBetween': 'Between steps.',
  'learn.cycleRepeats': 'Batch → update repeats for every batch.',
  'slow.heading': 'Slow motion',
  'slow.hint':
    'One training step, phase by phase, with its values. Training pauses; the weights change only at the update, and the Step counter then counts one more.',
  'slow.next': 'Next phase',
  'slow.play': 'Play phases',
  'slow.computing': 'Computing the next step…',
  'slow.applying': 'Applying the update…',
  'slow.idle': 'No step under way: Next phase takes the next batch.',
  'slow.status': 'Step {step}, phase {phase} of {count}: {label}',
} as const;

/** A key of the interface's own strings. */
export type UiKey = keyof typeof uiMessages;

/** The English catalogue: the interface's strings and, by key, the texts kept beside the code they describe. */
export const en: Record<string, string> = { ...uiMessages, ...sourceTexts };
