import { describe, expect, it } from 'vitest';
import { createRng, normal } from '../datasets/random';
import { inverseCholesky, symmetricEigen } from './symmetric-eigen';

/** A seeded symmetric n × n matrix: Gaussian entries, or the given spectrum in a random orthonormal basis. */
function symmetricMatrix(n: number, seed: number, spectrum?: number[]): Float64Array {
  const rng = createRng(seed);
  const a = Float64Array.from({ length: n * n }, () => normal(rng));
  if (!spectrum) {
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) a[j * n + i] = a[i * n + j]!;
    return a;
  }
  const basis = gramSchmidt(a, n);
  const out = new Float64Array(n * n);
  spectrum.forEach((value, k) => {
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) out[i * n + j]! += value * basis[k * n + i]! * basis[k * n + j]!;
  });
  return out;
}

/** The rows of a, made orthonormal (modified Gram–Schmidt, twice). */
function gramSchmidt(a: Float64Array, n: number): Float64Array {
  const q = Float64Array.from(a);
  for (let pass = 0; pass < 2; pass++)
    for (let i = 0; i < n; i++) {
      const row = q.subarray(i * n, (i + 1) * n);
      for (let j = 0; j < i; j++) {
        const other = q.subarray(j * n, (j + 1) * n);
        const projection = dot(row, other);
        row.forEach((value, c) => (row[c] = value - projection * other[c]!));
      }
      const norm = Math.sqrt(dot(row, row));
      row.forEach((value, c) => (row[c] = value / norm));
    }
  return q;
}

function dot(x: Float64Array, y: Float64Array): number {
  return x.reduce((sum, value, i) => sum + value * y[i]!, 0);
}

/** max |A vᵢ − λᵢ vᵢ| over all pairs and max |VVᵀ − I|, relative to the largest |λ|. */
function errors(a: Float64Array, n: number): { residual: number; orthogonality: number } {
  const { values, vectors } = symmetricEigen(a, n);
  const scale = Math.max(...Array.from(values, Math.abs), 1e-300);
  let residual = 0;
  let orthogonality = 0;
  for (let k = 0; k < n; k++) {
    const v = vectors.subarray(k * n, (k + 1) * n);
    for (let i = 0; i < n; i++) {
      const av = dot(a.subarray(i * n, (i + 1) * n), v);
      residual = Math.max(residual, Math.abs(av - values[k]! * v[i]!) / scale);
    }
    for (let j = 0; j < n; j++) {
      const w = vectors.subarray(j * n, (j + 1) * n);
      orthogonality = Math.max(orthogonality, Math.abs(dot(v, w) - (j === k ? 1 : 0)));
    }
  }
  return { residual, orthogonality };
}

describe('symmetricEigen', () => {
  it('diagonalises random symmetric matrices to float64 accuracy', () => {
    for (const n of [1, 2, 3, 10, 57]) {
      const { residual, orthogonality } = errors(symmetricMatrix(n, n), n);
      expect(residual).toBeLessThan(1e-12);
      expect(orthogonality).toBeLessThan(1e-12);
    }
  });

  it('returns a known spectrum in decreasing order, with repeated, zero and negative eigenvalues', () => {
    const spectrum = [5, -1, 0, 2, 2, 2, 1e-9, 0, 3, 5];
    const a = symmetricMatrix(spectrum.length, 4, spectrum);
    const { values } = symmetricEigen(a, spectrum.length);
    const sorted = [...spectrum].sort((p, q) => q - p);
    Array.from(values).forEach((value, i) => expect(Math.abs(value - sorted[i]!)).toBeLessThan(1e-12));
    const { residual, orthogonality } = errors(a, spectrum.length);
    expect(residual).toBeLessThan(1e-12);
    expect(orthogonality).toBeLessThan(1e-12);
  });

  it('handles diagonal, zero and block-diagonal matrices (zero Householder vectors)', () => {
    const diagonal = new Float64Array(16);
    [3, 1, 4, 1].forEach((value, i) => (diagonal[i * 5] = value));
    const block = new Float64Array(36);
    [0, 1, 6, 7, 28, 29, 34, 35].forEach((index, i) => (block[index] = [2, 1, 1, 2, 5, -1, -1, 5][i]!));
    for (const [a, n] of [
      [diagonal, 4],
      [new Float64Array(9), 3],
      [block, 6],
    ] as const) {
      const { residual, orthogonality } = errors(a, n);
      expect(residual).toBeLessThan(1e-12);
      expect(orthogonality).toBeLessThan(1e-12);
    }
    expect(Array.from(symmetricEigen(diagonal, 4).values)).toEqual([4, 3, 1, 1]);
  });

  it('reads only the lower triangle', () => {
    const a = symmetricMatrix(8, 9);
    const lower = Float64Array.from(a, (value, index) =>
      index % 8 <= Math.floor(index / 8) ? value : Number.NaN,
    );
    expect(symmetricEigen(lower, 8)).toEqual(symmetricEigen(a, 8));
  });
});

describe('inverseCholesky', () => {
  /** Mᵀ G M for the row-major b × b matrices G and M. */
  function congruence(g: Float64Array, m: Float64Array, b: number): number[][] {
    const column = (j: number) => Float64Array.from({ length: b }, (_, i) => m[i * b + j]!);
    const gm = (j: number) =>
      Float64Array.from({ length: b }, (_, i) => dot(g.subarray(i * b, (i + 1) * b), column(j)));
    return Array.from({ length: b }, (_, i) => Array.from({ length: b }, (_, j) => dot(column(i), gm(j))));
  }

  it('gives the upper triangular M with MᵀGM = I for a badly scaled Gram matrix, and its condition', () => {
    const b = 6;
    const spectrum = [1e4, 300, 20, 1, 0.5, 1e-3];
    const g = symmetricMatrix(b, 5, spectrum);
    const factor = inverseCholesky(g, b, 1e-12)!;
    congruence(g, factor.inverse, b).forEach((row, i) =>
      row.forEach((value, j) => expect(Math.abs(value - (i === j ? 1 : 0))).toBeLessThan(1e-9)),
    );
    for (let i = 0; i < b; i++) for (let j = 0; j < i; j++) expect(factor.inverse[i * b + j]).toBe(0);
    const scaled = Float64Array.from(g, (value, index) => {
      const [i, j] = [Math.floor(index / b), index % b];
      return value / Math.sqrt(g[i * b + i]! * g[j * b + j]!);
    });
    const smallest = symmetricEigen(scaled, b).values[b - 1]!;
    expect(factor.condition).toBeGreaterThanOrEqual(1 / (b * smallest));
    expect(factor.condition).toBeLessThanOrEqual((1 + 1e-9) / smallest);
  });

  it('gives up on singular, indefinite and non-finite Gram matrices', () => {
    expect(inverseCholesky(symmetricMatrix(4, 6, [3, 2, 1, 0]), 4, 1e-10)).toBeNull();
    expect(inverseCholesky(symmetricMatrix(4, 7, [3, 2, 1, -1]), 4, 1e-10)).toBeNull();
    expect(inverseCholesky(new Float64Array(9), 3, 1e-10)).toBeNull();
    expect(inverseCholesky(Float64Array.of(1, Number.NaN, Number.NaN, 1), 2, 1e-10)).toBeNull();
    expect(inverseCholesky(Float64Array.of(4), 1, 1e-10)).toEqual({
      inverse: Float64Array.of(0.5),
      condition: 1,
    });
  });
});
