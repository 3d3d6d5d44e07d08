import type { DatasetId } from '../settings/options';
import { BARS_SIDE, datasetShape } from '../settings/datasets';
import type { Settings } from '../settings/schema';
import { generateBars } from './bars';
import type { Dataset, Split } from './dataset';
import { createRng, deriveSeed, type Rng } from './random';
import { generateUniform } from './uniform';

type Generator = (count: number, settings: Settings, rng: Rng) => Split;

const generators: Record<DatasetId, Generator> = {
  bars: (count, _settings, rng) => generateBars(count, BARS_SIDE, rng),
  uniform: (count, settings, rng) => generateUniform(count, settings.featureCount, rng),
};

/** Builds the data set the settings describe; the training and validation splits come from separate
 * streams of the user's seed, so the same seed always gives the same data. */
export function loadDataset(settings: Settings): Dataset {
  const generate = generators[settings.dataset];
  return {
    ...datasetShape(settings),
    train: generate(settings.trainSize, settings, createRng(deriveSeed(settings.seed, 'data:train'))),
    validation: generate(
      settings.validationSize,
      settings,
      createRng(deriveSeed(settings.seed, 'data:validation')),
    ),
  };
}

/** The settings that decide the data: a change in any of them means new data. */
export function datasetKey(settings: Settings): string {
  const { dataset, trainSize, validationSize, featureCount, seed } = settings;
  return JSON.stringify({ dataset, trainSize, validationSize, featureCount, seed });
}
