import type { Dataset, Split } from './dataset';
import type { ArchiveDatasetId, ArchiveManifest } from './archive-manifest';
import { loadArchiveSplit, loadManifest, type Fetcher } from './image-archive';

/** The site's MNIST-style archives: reads the manifest once, keeps decompressed chunks, and loads the first
 * images of the training split and of the official test split (used for validation). */
export class ArchiveSource {
  private readonly baseUrl: string;
  private readonly fetcher: Fetcher;
  private readonly cache = new Map<string, Uint8Array>();
  private manifest: Promise<ArchiveManifest> | null = null;

  constructor(baseUrl: string, fetcher: Fetcher) {
    this.baseUrl = baseUrl;
    this.fetcher = fetcher;
  }

  /** The first `trainCount` training images and `validationCount` test images; progress counts the compressed
   * bytes of both downloads together. */
  async load(
    dataset: ArchiveDatasetId,
    trainCount: number,
    validationCount: number,
    onProgress: (receivedBytes: number, totalBytes: number) => void,
  ): Promise<[Split, Split]> {
    const manifest = await this.readManifest();
    const progress = { train: [0, 0], test: [0, 0] };
    const report = () =>
      onProgress(
        (progress.train[0] ?? 0) + (progress.test[0] ?? 0),
        (progress.train[1] ?? 0) + (progress.test[1] ?? 0),
      );
    const load = (split: 'train' | 'test', count: number) =>
      loadArchiveSplit(
        { baseUrl: this.baseUrl, manifest, dataset, split, count },
        this.fetcher,
        this.cache,
        (received, total) => {
          progress[split] = [received, total];
          report();
        },
      );
    return Promise.all([load('train', trainCount), load('test', validationCount)]);
  }

  /** A few test images from the manifest itself, for a thumbnail: no chunk is downloaded. */
  async preview(dataset: ArchiveDatasetId): Promise<Dataset> {
    const entry = (await this.readManifest()).datasets[dataset];
    const [height, width, channels] = entry.imageShape;
    const features = height * width * channels;
    const count = Math.floor(entry.preview.length / features);
    const values = Float32Array.from(entry.preview.subarray(0, count * features), (byte) => byte / 255);
    return {
      features,
      kind: 'image',
      imageShape: entry.imageShape,
      classes: entry.classes,
      train: { values, count, labels: null },
      validation: { values: new Float32Array(0), count: 0, labels: null },
    };
  }

  private readManifest(): Promise<ArchiveManifest> {
    // A failed read is forgotten, so the next attempt (say, after prepare-data ran) tries again.
    this.manifest ??= loadManifest(this.baseUrl, this.fetcher).catch((error: unknown) => {
      this.manifest = null;
      throw error;
    });
    return this.manifest;
  }
}
