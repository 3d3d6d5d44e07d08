import type { Dataset, Split } from '../datasets/dataset';
import { loadDataset } from '../datasets/registry';
import { datasetSuggestions } from '../settings/datasets';
import { datasetLabels, optionKeys, type DatasetId } from '../settings/options';
import type { Settings } from '../settings/schema';
import type { DataStore } from './data-store';
import type { DatasetThumbnail } from './protocol';

const IMAGES = 4;
const POINTS = 300;
const SIGNALS = 3;

/** Small previews of every data set for the picker: generated ones are generated small, MNIST-style ones come
 * from the few images stored in the site's manifest, the upload from the user's data. */
export async function datasetThumbnails(
  settings: Settings,
  data: DataStore,
): Promise<Partial<Record<DatasetId, DatasetThumbnail>>> {
  const thumbnails: Partial<Record<DatasetId, DatasetThumbnail>> = {};
  for (const id of optionKeys(datasetLabels)) {
    const dataset = await previewDataset(id, settings, data);
    if (dataset) thumbnails[id] = thumbnailOf(dataset, id);
  }
  return thumbnails;
}

async function previewDataset(id: DatasetId, settings: Settings, data: DataStore): Promise<Dataset | null> {
  if (id === 'upload') {
    const upload = data.upload;
    return upload
      ? {
          ...upload.shape,
          train: { values: upload.values, count: upload.count, labels: upload.labels },
          validation: emptySplit,
        }
      : null;
  }
  if (id === 'mnist' || id === 'fashion-mnist') return data.archives.preview(id).catch(() => null);
  const small = { ...settings, ...datasetSuggestions[id], dataset: id, trainSize: POINTS, validationSize: 1 };
  return loadDataset(small, { archives: data.archives, upload: null, onProgress: () => undefined });
}

const emptySplit: Split = { values: new Float32Array(0), count: 0, labels: null };

function thumbnailOf(dataset: Dataset, id: DatasetId): DatasetThumbnail {
  const { train, features } = dataset;
  if (dataset.imageShape) {
    const count = Math.min(IMAGES, train.count);
    const [side, , channels] = dataset.imageShape;
    return { kind: 'images', side, channels, count, values: train.values.slice(0, count * features) };
  }
  if (dataset.kind === 'signal') {
    const count = Math.min(SIGNALS, train.count);
    return {
      kind: 'signals',
      length: features,
      count,
      values: train.values.slice(0, count * features),
      labels: train.labels?.slice(0, count) ?? null,
    };
  }
  // The 3-D manifolds are seen from above (x against z), where the roll's spiral shows.
  const [xColumn, yColumn] =
    id === 'swiss-roll' || id === 's-curve' ? [0, 2] : [0, Math.min(1, features - 1)];
  return {
    kind: 'points',
    xy: scatter(train, features, xColumn, yColumn),
    labels: train.labels?.slice(0, POINTS) ?? null,
  };
}

/** Two columns of the first samples, rescaled to [0, 1] each. */
function scatter(split: Split, features: number, xColumn: number, yColumn: number): Float32Array {
  const count = Math.min(POINTS, split.count);
  const xy = new Float32Array(count * 2);
  for (let i = 0; i < count; i++) {
    xy[2 * i] = split.values[i * features + xColumn] ?? 0;
    xy[2 * i + 1] = split.values[i * features + yColumn] ?? 0;
  }
  for (const offset of [0, 1]) {
    let low = Infinity;
    let high = -Infinity;
    for (let i = offset; i < xy.length; i += 2) {
      low = Math.min(low, xy[i] ?? 0);
      high = Math.max(high, xy[i] ?? 0);
    }
    for (let i = offset; i < xy.length; i += 2)
      xy[i] = high > low ? ((xy[i] ?? 0) - low) / (high - low) : 0.5;
  }
  return xy;
}
