import type { DatasetShape } from '../../settings/datasets';
import type { Dataset, Split } from '../dataset';
import { createRng, shuffleInto } from '../random';

/** The user's parsed data, held in the worker only: rows in a fixed shuffled order, the last
 * `validationCount` of them held out for validation. */
export interface UploadedData {
  id: number;
  name: string;
  shape: DatasetShape;
  values: Float32Array;
  labels: Int32Array | null;
  count: number;
  validationCount: number;
}

/** Share of the uploaded rows held out for validation. */
export const VALIDATION_SHARE = 0.2;
const UPLOAD_SHUFFLE_SEED = 7919;

/** Shuffles parsed rows once (so a file sorted by class still validates fairly) and sets a fifth aside. */
export function prepareUpload(
  id: number,
  name: string,
  shape: DatasetShape,
  values: Float32Array,
  labels: Int32Array | null,
): UploadedData {
  const count = values.length / shape.features;
  const order = shuffleInto(new Int32Array(count), createRng(UPLOAD_SHUFFLE_SEED));
  const shuffled = new Float32Array(values.length);
  const shuffledLabels = labels ? new Int32Array(count) : null;
  order.forEach((from, to) => {
    shuffled.set(values.subarray(from * shape.features, (from + 1) * shape.features), to * shape.features);
    if (shuffledLabels && labels) shuffledLabels[to] = labels[from] ?? 0;
  });
  const validationCount = Math.max(1, Math.round(count * VALIDATION_SHARE));
  return { id, name, shape, values: shuffled, labels: shuffledLabels, count, validationCount };
}

/** The uploaded data as a data set, each split capped at the requested size. */
export function takeUpload(upload: UploadedData, trainSize: number, validationSize: number): Dataset {
  const trainRows = upload.count - upload.validationCount;
  return {
    ...upload.shape,
    train: rows(upload, 0, Math.min(trainSize, trainRows)),
    validation: rows(upload, trainRows, Math.min(validationSize, upload.validationCount)),
  };
}

function rows(upload: UploadedData, start: number, count: number): Split {
  const features = upload.shape.features;
  return {
    values: upload.values.slice(start * features, (start + count) * features),
    count,
    labels: upload.labels?.slice(start, start + count) ?? null,
  };
}
