import { BARS_SIDE, datasetParameters, datasetShape } from '../settings/datasets';
import { trainOnClasses } from './class-filter';
import type { DatasetId } from '../settings/options';
import type { Settings } from '../settings/schema';
import { generateBars } from './bars';
import { generateBlobs } from './blobs';
import type { Dataset, Split } from './dataset';
import type { ArchiveSource } from './archive-source';
import { generateSCurve, generateSwissRoll } from './manifolds';
import { createRng, deriveSeed, type Rng } from './random';
import { generateSignals } from './signals';
import { generateUniform } from './uniform';
import { takeUpload, type UploadedData } from './upload/uploaded-data';
import { phrase, PhraseError } from '../settings/phrases';

/** Where data sets that are not generated come from, and where loading progress goes. */
export interface LoadContext {
  archives: ArchiveSource;
  upload: UploadedData | null;
  onProgress: (receivedBytes: number, totalBytes: number) => void;
}

type Generator = (count: number, settings: Settings, split: 'train' | 'validation') => Split;

const streamFor = (settings: Settings, split: string): Rng =>
  createRng(deriveSeed(settings.seed, `data:${split}`));

const generators: Partial<Record<DatasetId, Generator>> = {
  bars: (count, settings, split) => generateBars(count, BARS_SIDE, streamFor(settings, split)),
  uniform: (count, settings, split) =>
    generateUniform(count, settings.featureCount, streamFor(settings, split)),
  blobs: (count, settings, split) =>
    generateBlobs(
      count,
      { dimensions: settings.featureCount, clusters: settings.clusterCount, spread: settings.noise },
      streamFor(settings, split),
      // Both splits share the blob centres.
      streamFor(settings, 'blob-centres'),
    ),
  'swiss-roll': (count, settings, split) =>
    generateSwissRoll(count, settings.noise, streamFor(settings, split)),
  's-curve': (count, settings, split) => generateSCurve(count, settings.noise, streamFor(settings, split)),
  signals: (count, settings, split) =>
    generateSignals(
      count,
      { length: settings.featureCount, anomalyFraction: settings.anomalyFraction, noise: settings.noise },
      streamFor(settings, split),
    ),
};

/** Builds or loads the data set the settings describe. Generated sets come from separate seeded streams per
 * split, so the same seed always gives the same data; MNIST-style sets are fetched from the site's own
 * files, validation from the official test split. */
export async function loadDataset(settings: Settings, context: LoadContext): Promise<Dataset> {
  return trainOnClasses(await loadAllClasses(settings, context), settings.trainClasses);
}

async function loadAllClasses(settings: Settings, context: LoadContext): Promise<Dataset> {
  const { dataset, trainSize, validationSize } = settings;
  if (dataset === 'upload') {
    if (!context.upload) throw new PhraseError(phrase('run.noUpload'));
    return takeUpload(context.upload, trainSize, validationSize);
  }
  const shape = datasetShape(settings);
  if (dataset === 'mnist' || dataset === 'fashion-mnist') {
    const [train, validation] = await context.archives.load(
      dataset,
      trainSize,
      validationSize,
      context.onProgress,
    );
    return { ...shape, train, validation };
  }
  const generate = generators[dataset];
  if (!generate) throw new Error(`No generator for the data set ${dataset}`);
  return {
    ...shape,
    train: generate(trainSize, settings, 'train'),
    validation: generate(validationSize, settings, 'validation'),
  };
}

/** The settings that decide the data: a change in any of them means new data. */
export function datasetKey(settings: Settings, upload: UploadedData | null): string {
  const parameters = datasetParameters[settings.dataset].map((key) => settings[key]);
  const { dataset, trainSize, validationSize, seed, trainClasses } = settings;
  return JSON.stringify([
    trainClasses,
    dataset,
    trainSize,
    validationSize,
    seed,
    parameters,
    dataset === 'upload' ? upload?.id : null,
  ]);
}
