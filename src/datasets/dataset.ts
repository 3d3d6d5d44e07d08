import type { DatasetShape } from '../settings/datasets';

/** Samples stored row after row. */
export interface Split {
  values: Float32Array;
  count: number;
  /** Class index per sample, when the data set has classes. */
  labels: Int32Array | null;
}

/** A data set ready for training: its shape, a training split and a held-out validation split. */
export interface Dataset extends DatasetShape {
  train: Split;
  validation: Split;
}
