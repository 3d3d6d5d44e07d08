import { blobClasses } from '../settings/datasets';
import type { Split } from './dataset';
import { normal, type Rng } from './random';

/** How the Gaussian blobs are laid out: the space, the number of clusters and each one's standard deviation. */
export interface BlobOptions {
  dimensions: number;
  clusters: number;
  spread: number;
}

const CENTRE_LOW = 0.15;
const CENTRE_HIGH = 0.85;

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** Cluster centres: `clusters` rows of `dimensions` values drawn uniformly from [0.15, 0.85]. */
export function drawBlobCentres(dimensions: number, clusters: number, centreRng: Rng): Float64Array {
  const centres = new Float64Array(clusters * dimensions);
  for (let i = 0; i < centres.length; i++) centres[i] = CENTRE_LOW + centreRng() * (CENTRE_HIGH - CENTRE_LOW);
  return centres;
}

/** Gaussian blobs in [0, 1]^d labelled by cluster; the centres come from `centreRng`, so a fresh stream of
 * the same seed for the training and the validation split gives both the same clusters. */
export function generateBlobs(count: number, options: BlobOptions, sampleRng: Rng, centreRng: Rng): Split {
  const { dimensions, clusters, spread } = options;
  const centres = drawBlobCentres(dimensions, clusters, centreRng);
  const values = new Float32Array(count * dimensions);
  const labels = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const cluster = Math.min(clusters - 1, Math.floor(sampleRng() * clusters));
    labels[i] = cluster;
    for (let d = 0; d < dimensions; d++) {
      const centre = centres[cluster * dimensions + d] ?? 0.5;
      values[i * dimensions + d] = clamp01(centre + spread * normal(sampleRng));
    }
  }
  return { values, count, labels };
}

/** Display names of the blob clusters: "cluster 1", "cluster 2", … */
export const blobClassNames = blobClasses;
