import type { DatasetId } from './options';
import type { Settings } from './schema';

/** How samples are shown: images, line plots of 1-D signals, or rows of values. */
export type SampleKind = 'image' | 'signal' | 'tabular';

/** What a data set looks like to the model and the views. */
export interface DatasetShape {
  features: number;
  kind: SampleKind;
  /** Height, width and channels for image data; null otherwise. */
  imageShape: readonly [number, number, number] | null;
  /** Class names when samples carry labels. */
  classes: readonly string[] | null;
}

/** The class of uploaded images that sit in no folder; the page words it in its own language. */
export const NO_FOLDER_CLASS = '(no folder)';

/** The class names of uploaded data as the page shows them: the user's own as written, ours in its words. */
export function uploadedClassNames(classes: readonly string[], noFolder: string): string[] {
  return classes.map((name) => (name === NO_FOLDER_CLASS ? noFolder : name));
}

export const BARS_SIDE = 16;
export const barsClasses = ['horizontal bar', 'vertical bar', 'blob', 'cross'] as const;
export const digitClasses = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
export const fashionClasses = [
  'T-shirt/top',
  'Trouser',
  'Pullover',
  'Dress',
  'Coat',
  'Sandal',
  'Shirt',
  'Sneaker',
  'Bag',
  'Ankle boot',
] as const;
export const manifoldClasses = [
  'segment 1',
  'segment 2',
  'segment 3',
  'segment 4',
  'segment 5',
  'segment 6',
] as const;
export const signalClasses = ['normal', 'anomalous'] as const;

/** Names of the Gaussian blobs' clusters: "cluster 1", "cluster 2", … */
export function blobClasses(clusters: number): string[] {
  return Array.from({ length: clusters }, (_, index) => `cluster ${index + 1}`);
}

const image = (side: number, classes: readonly string[]): DatasetShape => ({
  features: side * side,
  kind: 'image',
  imageShape: [side, side, 1],
  classes,
});
const threeD: DatasetShape = { features: 3, kind: 'tabular', imageShape: null, classes: manifoldClasses };

/** The shape of an uploaded data set, known only once it is parsed; until then, a placeholder. */
export const noUploadShape: DatasetShape = { features: 1, kind: 'tabular', imageShape: null, classes: null };

const shapes: Record<DatasetId, (settings: Settings, upload: DatasetShape | null) => DatasetShape> = {
  mnist: () => image(28, digitClasses),
  'fashion-mnist': () => image(28, fashionClasses),
  bars: () => image(BARS_SIDE, barsClasses),
  uniform: (settings) => ({
    features: settings.featureCount,
    kind: 'tabular',
    imageShape: null,
    classes: null,
  }),
  blobs: (settings) => ({
    features: settings.featureCount,
    kind: 'tabular',
    imageShape: null,
    classes: blobClasses(settings.clusterCount),
  }),
  'swiss-roll': () => threeD,
  's-curve': () => threeD,
  signals: (settings) => ({
    features: settings.featureCount,
    kind: 'signal',
    imageShape: null,
    classes: signalClasses,
  }),
  upload: (_settings, upload) => upload ?? noUploadShape,
};

/** The shape of the data set the settings choose; `upload` describes the user's parsed data, if any. */
export function datasetShape(settings: Settings, upload: DatasetShape | null = null): DatasetShape {
  return shapes[settings.dataset](settings, upload);
}

/** Data sets held as files on the site (the others are generated or uploaded). */
export const archiveDatasets: readonly DatasetId[] = ['mnist', 'fashion-mnist'];

/** The settings a data set suggests when it is picked: a model and a loss that suit it. */
export const datasetSuggestions: Record<DatasetId, Partial<Settings>> = {
  mnist: {
    trainSize: 10_000,
    validationSize: 2000,
    encoderUnits: [128],
    latentSize: 32,
    loss: 'binaryCrossentropy',
    outputActivation: 'sigmoid',
    batchSize: 128,
  },
  'fashion-mnist': {
    trainSize: 10_000,
    validationSize: 2000,
    encoderUnits: [128],
    latentSize: 32,
    loss: 'binaryCrossentropy',
    outputActivation: 'sigmoid',
    batchSize: 128,
  },
  bars: {
    trainSize: 1000,
    validationSize: 200,
    encoderUnits: [64],
    latentSize: 8,
    batchSize: 32,
    learningRate: 0.003,
  },
  uniform: {
    trainSize: 100,
    validationSize: 20,
    featureCount: 10,
    encoderUnits: [5],
    latentSize: 5,
    loss: 'mse',
    batchSize: 32,
  },
  blobs: {
    trainSize: 2000,
    validationSize: 500,
    featureCount: 16,
    clusterCount: 5,
    noise: 0.05,
    encoderUnits: [32],
    latentSize: 2,
    loss: 'mse',
    batchSize: 64,
    learningRate: 0.003,
  },
  'swiss-roll': {
    trainSize: 2000,
    validationSize: 500,
    noise: 0.05,
    encoderUnits: [32, 16],
    latentSize: 2,
    hiddenActivation: 'tanh',
    latentActivation: 'linear',
    loss: 'mse',
    batchSize: 64,
    learningRate: 0.003,
  },
  's-curve': {
    trainSize: 2000,
    validationSize: 500,
    noise: 0.05,
    encoderUnits: [32, 16],
    latentSize: 2,
    hiddenActivation: 'tanh',
    latentActivation: 'linear',
    loss: 'mse',
    batchSize: 64,
    learningRate: 0.003,
  },
  signals: {
    trainSize: 2000,
    validationSize: 500,
    featureCount: 64,
    anomalyFraction: 0.1,
    noise: 0.05,
    encoderUnits: [32],
    latentSize: 8,
    loss: 'mse',
    batchSize: 64,
    learningRate: 0.003,
  },
  upload: { loss: 'mse', batchSize: 32 },
};

/** Which dataset-specific settings a data set uses, shown beside it. */
export const datasetParameters: Record<
  DatasetId,
  readonly ('featureCount' | 'clusterCount' | 'noise' | 'anomalyFraction')[]
> = {
  mnist: [],
  'fashion-mnist': [],
  bars: [],
  uniform: ['featureCount'],
  blobs: ['featureCount', 'clusterCount', 'noise'],
  'swiss-roll': ['noise'],
  's-curve': ['noise'],
  signals: ['featureCount', 'anomalyFraction', 'noise'],
  upload: [],
};
