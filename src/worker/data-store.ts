import { disposeTensors, uploadDataset, uploadSplit } from '../core/run';
import type { TrainingTensors } from '../core/train-loop';
import { ArchiveSource } from '../datasets/archive-source';
import type { Dataset, Split } from '../datasets/dataset';
import type { Fetcher } from '../datasets/image-archive';
import { datasetKey, loadDataset } from '../datasets/registry';
import type { UploadedData } from '../datasets/upload/uploaded-data';
import type { Settings } from '../settings/schema';
import { phrase, PhraseError } from '../settings/phrases';

/** A data set on the backend and the settings it was made for. */
export interface LoadedData {
  key: string;
  dataset: Dataset;
  tensors: TrainingTensors;
}

/** The worker's data: the site's archives, the user's upload, and the data set on the backend, which stays
 * there while only the model changes. */
export class DataStore {
  readonly archives: ArchiveSource;
  private uploaded: UploadedData | null = null;
  private loaded: LoadedData | null = null;
  private loading: { key: string; dataset: Promise<Dataset> } | null = null;

  constructor(dataUrl: string, fetcher: Fetcher) {
    this.archives = new ArchiveSource(dataUrl, fetcher);
  }

  /** The user's data, once an upload succeeded. */
  get upload(): UploadedData | null {
    return this.uploaded;
  }

  /** The data set on the backend, if any. */
  get current(): LoadedData | null {
    return this.loaded;
  }

  /** Replaces the uploaded data; the data set on the backend is rebuilt at the next run if it was the upload. */
  setUpload(upload: UploadedData): void {
    this.uploaded = upload;
  }

  /** Starts loading (or generating) the data set of these settings without the backend, so that a download
   * runs while the backend starts; `ensure` takes it over. */
  prefetch(settings: Settings, onProgress: (receivedBytes: number, totalBytes: number) => void): void {
    if (this.loaded?.key !== datasetKey(settings, this.uploaded))
      this.datasetFor(settings, onProgress).catch(() => undefined);
  }

  /** The data set for these settings on the backend, loading or generating it when it changed. */
  async ensure(
    settings: Settings,
    onProgress: (receivedBytes: number, totalBytes: number) => void,
  ): Promise<LoadedData> {
    const key = datasetKey(settings, this.uploaded);
    if (this.loaded?.key === key) return this.loaded;
    const dataset = await this.datasetFor(settings, onProgress);
    this.drop();
    this.loaded = { key, dataset, tensors: uploadDataset(dataset) };
    return this.loaded;
  }

  /** The data set of these settings, loaded once however often it is asked for; a failed load is tried again. */
  private datasetFor(
    settings: Settings,
    onProgress: (receivedBytes: number, totalBytes: number) => void,
  ): Promise<Dataset> {
    const key = datasetKey(settings, this.uploaded);
    if (this.loading?.key === key) return this.loading.dataset;
    const dataset = loadDataset(settings, { archives: this.archives, upload: this.uploaded, onProgress });
    const loading = { key, dataset };
    this.loading = loading;
    dataset.catch(() => {
      if (this.loading === loading) this.loading = null;
    });
    return dataset;
  }

  /** Appends samples to the training split and puts the longer split on the backend. */
  appendTrainingSamples(values: Float32Array, labels: Int32Array | null): LoadedData {
    const loaded = this.loaded;
    if (!loaded) throw new PhraseError(phrase('run.noTrainingSet'));
    const train = appendRows(loaded.dataset.train, values, labels, loaded.dataset.features);
    const tensor = uploadSplit(train, loaded.dataset.features);
    loaded.tensors.train.dispose();
    this.loaded = {
      ...loaded,
      dataset: { ...loaded.dataset, train },
      tensors: { ...loaded.tensors, train: tensor },
    };
    return this.loaded;
  }

  /** Frees the data set on the backend (before a backend switch). */
  drop(): void {
    if (this.loaded) disposeTensors(this.loaded.tensors);
    this.loaded = null;
  }
}

function appendRows(split: Split, values: Float32Array, labels: Int32Array | null, features: number): Split {
  const added = values.length / features;
  const merged = new Float32Array(split.values.length + values.length);
  merged.set(split.values);
  merged.set(values, split.values.length);
  let mergedLabels: Int32Array | null = null;
  if (split.labels) {
    mergedLabels = new Int32Array(split.count + added);
    mergedLabels.set(split.labels);
    mergedLabels.set(labels ?? new Int32Array(added), split.count);
  }
  return { values: merged, count: split.count + added, labels: mergedLabels };
}
