import type { NumberSettingKey } from '../settings/limits';

/** The words the Learn panel explains; each is also the id of its entry. */
export type GlossaryTerm = 'epoch' | 'batch' | 'latentCode' | 'bottleneck' | 'overfitting' | 'learningRate';

/** A glossary entry: the word, the question its "?" button asks, and the answer. */
export interface GlossaryEntry {
  term: GlossaryTerm;
  word: string;
  question: string;
  definition: string;
}

export const glossary: readonly GlossaryEntry[] = [
  {
    term: 'epoch',
    word: 'Epoch',
    question: 'What is an epoch?',
    definition:
      'One pass over the whole training set. With N samples and batch size B an epoch has ⌈N / B⌉ steps; the ' +
      'samples are shuffled afresh (with the seed) at the start of every epoch.',
  },
  {
    term: 'batch',
    word: 'Batch',
    question: 'What is a batch?',
    definition:
      'The samples one training step looks at. Their losses are averaged and the weights updated once. Small ' +
      'batches give noisy but many steps; the whole set gives one exact but slow step per epoch.',
  },
  {
    term: 'latentCode',
    word: 'Latent code',
    question: 'What is the latent code?',
    definition:
      'The numbers the encoder turns a sample into, z = f(x): the compressed description the decoder rebuilds ' +
      'the sample from. Latent size is how many numbers it has.',
  },
  {
    term: 'bottleneck',
    word: 'Bottleneck',
    question: 'What is the bottleneck?',
    definition:
      'The narrowest layer, where the latent code lives. Being smaller than the input, it forces the network to ' +
      'keep only what matters most instead of copying the input through.',
  },
  {
    term: 'overfitting',
    word: 'Overfitting',
    question: 'What is overfitting?',
    definition:
      'Learning the training samples themselves rather than what they have in common: the training loss keeps ' +
      'falling while the validation loss, on samples never trained on, stalls or rises.',
  },
  {
    term: 'learningRate',
    word: 'Learning rate',
    question: 'What is the learning rate?',
    definition:
      'η, the size of the steps the optimizer takes against the gradient. Too small and training crawls; too ' +
      'large and the loss jumps about or turns to NaN.',
  },
];

/** The glossary entry behind a setting's label, for its "?" button. */
export const glossaryTermOfSetting: Partial<Record<NumberSettingKey, GlossaryTerm>> = {
  epochs: 'epoch',
  batchSize: 'batch',
  latentSize: 'latentCode',
  learningRate: 'learningRate',
};

/** The element id of a glossary entry. */
export function glossaryEntryId(term: GlossaryTerm): string {
  return `glossary-${term}`;
}
