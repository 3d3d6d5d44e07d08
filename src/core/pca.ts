import * as tf from '@tensorflow/tfjs-core';
import { sliceRows } from './gather-rows';
import { inverseCholesky, symmetricEigen } from './symmetric-eigen';

/** A fitted PCA: the training mean and the top principal directions with the variance along each. */
export interface PcaModel {
  /** The mean of the training rows (d). */
  mean: tf.Tensor1D;
  /** k × d, orthonormal rows, by decreasing variance; k = min(requested k, d). */
  components: tf.Tensor2D;
  /** The variance of the training data along each component (length k), decreasing. */
  explainedVariance: Float32Array;
  /** The total variance of the training data (the trace of its covariance, divided by n). */
  totalVariance: number;
}

/** How fitPca iterates: at most `iterations` block power steps from a start drawn with `seed` (≥ 1), stopping
 * early once the share of the top-k variance whose direction a further step would move, Σⱼ min(λⱼ, ‖Cuⱼ − λⱼuⱼ‖²/λⱼ)
 * / Σⱼ λⱼ over the top-k Ritz pairs (λⱼ, uⱼ), is below `tolerance` (checked every few steps; Ritz values under a
 * millionth of the largest, float32 noise whose directions nothing can pin, are left out). */
export interface PcaOptions {
  iterations?: number;
  seed?: number;
  tolerance?: number;
}

/** Eigenvalues by decreasing value, clamped at 0, and their unit eigenvectors as the rows of a k × d matrix. */
interface Eigenpairs {
  values: Float64Array;
  rows: Float32Array;
}

const DEFAULTS: Required<PcaOptions> = { iterations: 50, seed: 1, tolerance: 1e-10 };
const CHUNK_ROWS = 4096;
const RITZ_EVERY = 4; // power steps between Rayleigh–Ritz steps (convergence checks and realignments)
const FULL_BLOCK = 0.5; // a block of more than this share of d: one full eigendecomposition costs less
const MIN_PIVOT = 1e-10; // CholeskyQR gives up below this squared pivot (of the Gram matrix with unit diagonal)
const WELL_CONDITIONED = 4; // a CholeskyQR pass from a Gram matrix with ‖G⁻¹‖ ≲ this leaves an orthonormal basis
const LOOSELY_CONDITIONED = 100; // … and one that is orthonormal enough for an intermediate power step
const MAX_PASSES = 3;
const NEGLIGIBLE_VARIANCE = 1e-6; // relative to the largest: float32 noise in the covariance, directions not pinned

/** Fits the top-k principal components of the rows of x (n × d); with k ≥ d, a full basis of d components. */
export function fitPca(x: tf.Tensor2D, k: number, options: PcaOptions = {}): PcaModel {
  const [n, d] = x.shape;
  const { iterations = DEFAULTS.iterations, seed = DEFAULTS.seed, tolerance = DEFAULTS.tolerance } = options;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`PCA needs k ≥ 1 components, got ${k}.`);
  if (n < 1 || d < 1) throw new RangeError(`PCA needs at least one row and column, got ${n} × ${d}.`);
  if (!Number.isInteger(iterations) || iterations < 0) throw new RangeError(`Bad iterations: ${iterations}.`);
  if (!(seed >= 1)) throw new RangeError(`The seed must be ≥ 1 (tfjs treats 0 as unseeded), got ${seed}.`);
  const mean = tf.tidy(() => tf.mean<tf.Tensor1D>(x, 0));
  const { covariance, totalVariance } = covarianceOf(x, mean);
  try {
    const { values, rows } = topEigenpairs(covariance, Math.min(k, d), { iterations, seed, tolerance });
    for (let i = 0; i < values.length; i++) orientSign(rows.subarray(i * d, (i + 1) * d));
    const components = tf.tensor2d(rows, [values.length, d]);
    return { mean, components, explainedVariance: Float32Array.from(values), totalVariance };
  } catch (error) {
    mean.dispose();
    throw error;
  } finally {
    covariance.dispose();
  }
}

/** The scores of the rows of x on the components: n × k. */
export function projectPca(model: PcaModel, x: tf.Tensor2D): tf.Tensor2D {
  // Explicit transposes: tfjs-wasm runs transpose-flag matmuls in a slow scalar loop.
  return tf.tidy(() => tf.matMul(tf.sub(x, model.mean), tf.transpose(model.components)));
}

/** The rows of x projected onto the components' subspace, back in the input space: n × d. */
export function reconstructPca(model: PcaModel, x: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => tf.add(tf.matMul(projectPca(model, x), model.components), model.mean));
}

/** The mean squared reconstruction error over all n × d values of x, computed in row chunks. */
export async function pcaReconstructionMse(model: PcaModel, x: tf.Tensor2D): Promise<number> {
  const [n, d] = x.shape;
  let total = tf.scalar(0);
  for (let start = 0; start < n; start += CHUNK_ROWS) {
    const rows = Math.min(CHUNK_ROWS, n - start);
    const next = tf.tidy(() => {
      const chunk = sliceRows(x, start, rows);
      const squares = tf.squaredDifference(reconstructPca(model, chunk), chunk);
      return tf.add<tf.Scalar>(total, tf.sum(tf.sum(squares, 1))); // row sums first: less float32 rounding
    });
    total.dispose();
    total = next;
  }
  const sum = (await total.data())[0] ?? Number.NaN;
  total.dispose();
  return sum / (n * d);
}

/** Frees the tensors of a fitted model. */
export function disposePca(model: PcaModel): void {
  tf.dispose([model.mean, model.components]);
}

/** The covariance (d × d, over n) of the rows of x about `mean`, summed over row chunks, and its trace (the
 * total variance, taken from the same float32 matrix as the eigenvalues so that the two agree). */
function covarianceOf(x: tf.Tensor2D, mean: tf.Tensor1D): { covariance: tf.Tensor2D; totalVariance: number } {
  const [n, d] = x.shape;
  let sum = tf.zeros<tf.Rank.R2>([d, d]);
  for (let start = 0; start < n; start += CHUNK_ROWS) {
    const rows = Math.min(CHUNK_ROWS, n - start);
    const next = tf.tidy(() => {
      const centred = tf.sub(sliceRows(x, start, rows), mean);
      return tf.add<tf.Tensor2D>(sum, tf.matMul(tf.transpose(centred), centred));
    });
    sum.dispose();
    sum = next;
  }
  const covariance = tf.tidy(() => tf.div<tf.Tensor2D>(sum, n));
  sum.dispose();
  const totalVariance = tf.tidy(() => tf.sum(tf.mul(covariance, tf.eye(d))).dataSync()[0] ?? Number.NaN);
  return { covariance, totalVariance };
}

/** The top-k eigenpairs of the covariance: from one full eigendecomposition when the oversampled block would be a
 * large share of d or readbacks are slow (WebGL), else by block power iteration. */
function topEigenpairs(covariance: tf.Tensor2D, k: number, options: Required<PcaOptions>): Eigenpairs {
  const d = covariance.shape[0];
  const b = Math.min(d, Math.max(2 * k, k + 8));
  // Readbacks stall WebGL (the block iteration's dozens took 15.8 s on SwiftShader): one, and JS does the rest.
  if (b > FULL_BLOCK * d || tf.getBackend() === 'webgl') {
    const { values, vectors } = symmetricEigen(covariance.dataSync(), d);
    return {
      values: values.slice(0, k).map((value) => Math.max(0, value)),
      rows: Float32Array.from(vectors.subarray(0, k * d)),
    };
  }
  return subspaceIteration(covariance, k, b, options);
}

/** Block power (orthogonal) iteration of b vectors from a seeded Gaussian start. The matrix products run on the
 * backend and only b × b problems in JS: CholeskyQR for the orthonormalisations, and a Rayleigh–Ritz step at the
 * start (aligning the block with the Ritz vectors keeps it well conditioned), every RITZ_EVERY steps (to check
 * convergence) and at the end. */
function subspaceIteration(
  covariance: tf.Tensor2D,
  k: number,
  b: number,
  options: Required<PcaOptions>,
): Eigenpairs {
  const d = covariance.shape[0];
  let basis = tf.tidy(() => orthonormalise(tf.randomNormal([d, b], 0, 1, 'float32', options.seed), true));
  let image = tf.matMul<tf.Tensor2D>(covariance, basis);
  try {
    for (let step = 0; ; step++) {
      const final = step >= options.iterations;
      if (final || step % RITZ_EVERY === 0) {
        const ritz = rayleighRitz(basis, image, k);
        if (final || !(ritz.movement >= options.tolerance))
          return ritzPairs(basis, ritz.rotation, ritz.values, k);
        image = replace(image, tf.matMul<tf.Tensor2D>(image, ritz.rotation));
        ritz.rotation.dispose();
      }
      const exact = step + 1 >= options.iterations || (step + 1) % RITZ_EVERY === 0;
      basis = replace(basis, orthonormalise(image, exact));
      image = replace(image, tf.matMul<tf.Tensor2D>(covariance, basis));
    }
  } finally {
    tf.dispose([basis, image]);
  }
}

/** Rayleigh–Ritz on an orthonormal basis Q and its image CQ: the top-k eigenvalues of QᵀCQ (clamped at 0), all its
 * eigenvectors V by decreasing eigenvalue as the columns of `rotation` (b × b; QV are the Ritz vectors), and the
 * share of the top-k variance that a power step would still move (see PcaOptions). */
function rayleighRitz(
  basis: tf.Tensor2D,
  image: tf.Tensor2D,
  k: number,
): { values: Float64Array; rotation: tf.Tensor2D; movement: number } {
  const b = basis.shape[1];
  const projected = readBack(tf.tidy(() => tf.matMul(tf.transpose(basis), image)));
  const { values, vectors } = symmetricEigen(projected, b);
  const rotation = tf.tidy(() => tf.transpose(tf.tensor2d(Float32Array.from(vectors), [b, b])));
  const top = values.subarray(0, k).map((value) => Math.max(0, value));
  const squares = readBack(
    tf.tidy(() => {
      const coefficients = tf.slice(rotation, [0, 0], [b, k]);
      const ritzVectors = tf.mul(tf.matMul(basis, coefficients), tf.tensor1d(Float32Array.from(top)));
      return tf.sum(tf.square(tf.sub(tf.matMul(image, coefficients), ritzVectors)), 0);
    }),
  );
  const floor = NEGLIGIBLE_VARIANCE * (top[0] ?? 0);
  let moved = 0;
  let total = 0;
  top.forEach((value, j) => {
    if (value <= floor) return;
    moved += Math.min(value, (squares[j] as number) / value);
    total += value;
  });
  return { values: top, rotation, movement: total > 0 ? moved / total : 0 };
}

/** The top-k Ritz pairs from a Rayleigh–Ritz rotation: values, and the Ritz vectors QV as rows. */
function ritzPairs(basis: tf.Tensor2D, rotation: tf.Tensor2D, values: Float64Array, k: number): Eigenpairs {
  const b = basis.shape[1];
  const rows = readBack(tf.tidy(() => tf.transpose(tf.matMul(basis, tf.slice(rotation, [0, 0], [b, k])))));
  rotation.dispose();
  return { values, rows };
}

/** An orthonormal basis of the columns of y (d × b, b ≤ d) by CholeskyQR on the backend: one pass when the Gram
 * matrix is well enough conditioned for an intermediate step (`exact` false), else up to MAX_PASSES until one
 * starts from a nearly orthonormal basis; Householder QR in JS when the Gram matrix is numerically singular. */
function orthonormalise(y: tf.Tensor2D, exact: boolean): tf.Tensor2D {
  let q = y;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = choleskyQrPass(q);
    if (q !== y) q.dispose();
    if (!next) return householderQr(y);
    q = next.q;
    if (next.condition <= (exact ? WELL_CONDITIONED : LOOSELY_CONDITIONED)) return q;
  }
  q.dispose();
  return householderQr(y);
}

/** One CholeskyQR pass, y·R⁻¹ with RᵀR = yᵀy (see inverseCholesky), and the condition of yᵀy; null when that is
 * numerically singular. */
function choleskyQrPass(y: tf.Tensor2D): { q: tf.Tensor2D; condition: number } | null {
  const b = y.shape[1];
  const factor = inverseCholesky(readBack(tf.tidy(() => tf.matMul(tf.transpose(y), y))), b, MIN_PIVOT);
  if (!factor) return null;
  const inverse = Float32Array.from(factor.inverse);
  return { q: tf.tidy(() => tf.matMul(y, tf.tensor2d(inverse, [b, b]))), condition: factor.condition };
}

/** The Q factor of a Householder QR of y in float64 JS: slow, but orthonormal even when columns are zero or
 * dependent. */
function householderQr(y: tf.Tensor2D): tf.Tensor2D {
  const [d, b] = y.shape;
  const values = y.dataSync();
  const columns = Array.from({ length: b }, (_, j) =>
    Float64Array.from({ length: d }, (_, i) => values[i * b + j] as number),
  );
  const reflectors = columns.map((column, j) => {
    const v = householderVector(column.subarray(j));
    for (let c = j + 1; c < b && v; c++) reflect(v, (columns[c] as Float64Array).subarray(j));
    return v;
  });
  const q = new Float32Array(d * b);
  for (let c = 0; c < b; c++) {
    const column = new Float64Array(d);
    column[c] = 1;
    for (let j = c; j >= 0; j--) {
      const v = reflectors[j];
      if (v) reflect(v, column.subarray(j));
    }
    column.forEach((value, i) => (q[i * b + c] = value));
  }
  return tf.tensor2d(q, [d, b]);
}

/** The unit vector v of the reflection I − 2vvᵀ that maps x onto a multiple of e₁; null when x is zero. */
function householderVector(x: Float64Array): Float64Array | null {
  const norm = Math.sqrt(dot(x, x));
  if (norm === 0) return null;
  const v = Float64Array.from(x);
  v[0] = (v[0] as number) + ((v[0] as number) < 0 ? -norm : norm);
  const scale = 1 / Math.sqrt(dot(v, v));
  return v.map((value) => value * scale);
}

/** Applies I − 2vvᵀ to y in place. */
function reflect(v: Float64Array, y: Float64Array): void {
  const alpha = -2 * dot(v, y);
  for (let i = 0; i < y.length; i++) y[i] = (y[i] as number) + alpha * (v[i] as number);
}

/** The dot product of two equally long vectors. */
function dot(x: Float64Array, y: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += (x[i] as number) * (y[i] as number);
  return sum;
}

/** Flips a direction in place so that its largest-magnitude entry is positive, for a reproducible sign. */
function orientSign(direction: Float32Array): void {
  let largest = 0;
  for (const value of direction) if (Math.abs(value) > Math.abs(largest)) largest = value;
  if (largest < 0) direction.forEach((value, i) => (direction[i] = -value));
}

/** The values of a float32 tensor, which it disposes. */
function readBack(tensor: tf.Tensor): Float32Array {
  const values = tensor.dataSync<'float32'>();
  tensor.dispose();
  return values;
}

/** Disposes a tensor and returns its replacement. */
function replace<T extends tf.Tensor>(old: tf.Tensor, next: T): T {
  old.dispose();
  return next;
}
