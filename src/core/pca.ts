import * as tf from '@tensorflow/tfjs-core';

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
 * early once the share of variance whose direction moved in a step (see subspaceMovement) is below `tolerance`. */
export interface PcaOptions {
  iterations?: number;
  seed?: number;
  tolerance?: number;
}

/** A d-vector per column of a d × b basis, in float64. */
type Columns = Float64Array[];

/** Eigenvalues by decreasing value and their unit eigenvectors (d-vectors). */
interface RitzPairs {
  values: Float64Array;
  directions: Columns;
}

const DEFAULTS: Required<PcaOptions> = { iterations: 50, seed: 1, tolerance: 1e-10 };
const CHUNK_ROWS = 4096;
const MAX_JACOBI_SWEEPS = 60;
const JACOBI_TOLERANCE = 1e-20; // Jacobi stops once Σ(off-diagonal²) ≤ this × Σ(all entries²).

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
    const { values, directions } = topEigenpairs(covariance, Math.min(k, d), { iterations, seed, tolerance });
    const rows = new Float32Array(values.length * d);
    directions.forEach((direction, i) => rows.set(orientSign(direction), i * d));
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
      const chunk = tf.slice(x, [start, 0], [rows, d]);
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
      const centred = tf.sub(tf.slice(x, [start, 0], [rows, d]), mean);
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

/** The top-k eigenpairs of the covariance (values clamped at 0, by decreasing value) by block power (orthogonal)
 * iteration of an oversampled block of b vectors from a seeded Gaussian start, with a Rayleigh–Ritz step each
 * iteration. With b = d the basis is the identity and the first Rayleigh–Ritz step is exact. */
function topEigenpairs(covariance: tf.Tensor2D, k: number, options: Required<PcaOptions>): RitzPairs {
  const d = covariance.shape[0];
  const b = Math.min(d, Math.max(2 * k, k + 8));
  let basis = startBasis(d, b, options.seed);
  let previous: RitzPairs | null = null;
  for (let iteration = 0; ; iteration++) {
    const image = multiply(covariance, basis);
    const ritz = rayleighRitz(basis, image);
    const pairs = { values: ritz.values.slice(0, k), directions: combine(basis, ritz.vectors.slice(0, k)) };
    const settled = previous !== null && subspaceMovement(previous, pairs) < options.tolerance;
    if (b === d || iteration >= options.iterations || settled) return pairs;
    previous = pairs;
    basis = orthonormalise(combine(image, ritz.vectors));
  }
}

/** The identity when b = d, else an orthonormalised d × b Gaussian matrix drawn with the seed. */
function startBasis(d: number, b: number, seed: number): Columns {
  const start = tf.tidy(() => (b === d ? tf.eye(d) : tf.randomNormal([d, b], 0, 1, 'float32', seed)));
  const columns = fromRowMajor(start.dataSync(), d, b);
  start.dispose();
  return b === d ? columns : orthonormalise(columns);
}

/** The eigenpairs of basisᵀ · image (= QᵀCQ, from its lower triangle), by decreasing eigenvalue (clamped at
 * 0); each eigenvector holds the coefficients of a Ritz vector on the basis. */
function rayleighRitz(basis: Columns, image: Columns): { values: Float64Array; vectors: Float64Array[] } {
  const b = basis.length;
  const projected = new Float64Array(b * b);
  basis.forEach((row, i) => {
    for (let j = 0; j <= i; j++)
      projected[i * b + j] = projected[j * b + i] = dot(row, image[j] as Float64Array);
  });
  const { values, vectors } = jacobiEigen(projected, b);
  const order = Array.from(values.keys()).sort((p, q) => (values[q] as number) - (values[p] as number));
  return {
    values: Float64Array.from(order, (index) => Math.max(0, values[index] as number)),
    vectors: order.map((index) => vectors.subarray(index * b, (index + 1) * b)),
  };
}

/** The linear combinations Σᵣ coefficients[r] · columns[r], one per coefficient vector. */
function combine(columns: Columns, coefficients: Float64Array[]): Columns {
  return coefficients.map((weights) => {
    const out = new Float64Array(columns[0]?.length ?? 0);
    columns.forEach((column, r) => axpy(weights[r] as number, column, out));
    return out;
  });
}

/** C · basis, computed on the backend and read back as columns. */
function multiply(covariance: tf.Tensor2D, basis: Columns): Columns {
  const [d, b] = [covariance.shape[0], basis.length];
  const packed = new Float32Array(d * b);
  basis.forEach((column, j) => column.forEach((value, i) => (packed[i * b + j] = value)));
  const product = tf.tidy(() => tf.matMul(covariance, tf.tensor2d(packed, [d, b])));
  const values = product.dataSync();
  product.dispose();
  return fromRowMajor(values, d, b);
}

/** The Q factor of a Householder QR of the columns (thin, d × b, b ≤ d); zero or dependent columns still give
 * orthonormal ones. Overwrites `columns`. */
function orthonormalise(columns: Columns): Columns {
  const b = columns.length;
  const d = columns[0]?.length ?? 0;
  const reflectors = columns.map((column, j) => {
    const v = householderVector(column.subarray(j));
    for (let c = j + 1; c < b && v; c++) reflect(v, (columns[c] as Float64Array).subarray(j));
    return v;
  });
  const q = Array.from({ length: b }, (_, c) =>
    Float64Array.from({ length: d }, (_, i) => (i === c ? 1 : 0)),
  );
  for (let j = b - 1; j >= 0; j--) {
    const v = reflectors[j];
    for (let c = j; c < b && v; c++) reflect(v, (q[c] as Float64Array).subarray(j));
  }
  return q;
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
  axpy(-2 * dot(v, y), v, y);
}

/** How far the Ritz subspace moved in a step: the share of its variance, Σ λⱼ‖(I − P_previous) uⱼ‖² / Σ λⱼ,
 * outside the previous one. Weighting by λ ignores directions of (near) zero variance that float32 cannot pin. */
function subspaceMovement(previous: RitzPairs, next: RitzPairs): number {
  let kept = 0;
  let total = 0;
  next.directions.forEach((direction, j) => {
    const weight = next.values[j] as number;
    for (const old of previous.directions) kept += weight * dot(old, direction) ** 2;
    total += weight;
  });
  return total > 0 ? Math.max(0, 1 - kept / total) : 0;
}

/** Eigenvalues and unit eigenvectors (the rows of the row-major n × n `vectors`) of a symmetric matrix by
 * cyclic Jacobi rotations; overwrites `a`. */
function jacobiEigen(a: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const vectors = new Float64Array(n * n);
  for (let i = 0; i < n; i++) vectors[i * n + i] = 1;
  const threshold = JACOBI_TOLERANCE * dot(a, a);
  const negligible = Math.sqrt(threshold) / n;
  for (let sweep = 0; sweep < MAX_JACOBI_SWEEPS && offDiagonalSquares(a, n) > threshold; sweep++)
    for (let p = 0; p < n - 1; p++) for (let q = p + 1; q < n; q++) rotate(a, vectors, n, p, q, negligible);
  return { values: Float64Array.from({ length: n }, (_, i) => a[i * n + i] as number), vectors };
}

/** One Jacobi rotation in the (p, q) plane that zeroes a[p, q] (skipped when |a[p, q]| ≤ skip), applied to
 * both sides of a and to the rows p and q of the eigenvectors. Reads rows of a and relies on its symmetry. */
function rotate(a: Float64Array, vectors: Float64Array, n: number, p: number, q: number, skip: number): void {
  const rowP = p * n;
  const rowQ = q * n;
  const apq = a[rowP + q] as number;
  if (Math.abs(apq) <= skip) return;
  const app = a[rowP + p] as number;
  const aqq = a[rowQ + q] as number;
  const theta = (aqq - app) / (2 * apq);
  const t = (theta < 0 ? -1 : 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let r = 0; r < n; r++) {
    const ap = a[rowP + r] as number;
    const aq = a[rowQ + r] as number;
    a[rowP + r] = a[r * n + p] = c * ap - s * aq;
    a[rowQ + r] = a[r * n + q] = s * ap + c * aq;
    const vp = vectors[rowP + r] as number;
    const vq = vectors[rowQ + r] as number;
    vectors[rowP + r] = c * vp - s * vq;
    vectors[rowQ + r] = s * vp + c * vq;
  }
  a[rowP + p] = app - t * apq;
  a[rowQ + q] = aqq + t * apq;
  a[rowP + q] = a[rowQ + p] = 0;
}

/** The sum of the squared off-diagonal entries of a square n × n matrix. */
function offDiagonalSquares(a: Float64Array, n: number): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) if (i % (n + 1) !== 0) sum += (a[i] as number) ** 2;
  return sum;
}

/** Flips a direction so that its largest-magnitude entry is positive, for a reproducible sign. */
function orientSign(direction: Float64Array): Float64Array {
  let largest = 0;
  for (const value of direction) if (Math.abs(value) > Math.abs(largest)) largest = value;
  return largest < 0 ? direction.map((value) => -value) : direction;
}

/** Splits a row-major d × b matrix into its b columns, in float64. */
function fromRowMajor(values: ArrayLike<number>, d: number, b: number): Columns {
  return Array.from({ length: b }, (_, j) =>
    Float64Array.from({ length: d }, (_, i) => values[i * b + j] as number),
  );
}

/** The dot product of two equally long vectors. */
function dot(x: Float64Array, y: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += (x[i] as number) * (y[i] as number);
  return sum;
}

/** y += alpha · x. */
function axpy(alpha: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] = (y[i] as number) + alpha * (x[i] as number);
}
