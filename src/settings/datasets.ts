import type { DatasetId } from './options';
import type { Settings } from './schema';

/** What a data set looks like to the model and the views. */
export interface DatasetShape {
  features: number;
  /** Height, width and channels for image data; null for tabular rows. */
  imageShape: readonly [number, number, number] | null;
  /** Class names when samples carry labels. */
  classes: readonly string[] | null;
}

export const BARS_SIDE = 16;
export const barsClasses = ['horizontal bar', 'vertical bar', 'blob', 'cross'] as const;

const shapes: Record<DatasetId, (settings: Settings) => DatasetShape> = {
  bars: () => ({
    features: BARS_SIDE * BARS_SIDE,
    imageShape: [BARS_SIDE, BARS_SIDE, 1],
    classes: barsClasses,
  }),
  uniform: (settings) => ({ features: settings.featureCount, imageShape: null, classes: null }),
};

/** The shape of the data set the settings choose. */
export function datasetShape(settings: Settings): DatasetShape {
  return shapes[settings.dataset](settings);
}
