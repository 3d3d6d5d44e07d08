/** Eigenvalues by decreasing value and their unit eigenvectors, row i of the row-major n × n `vectors`. */
export interface SymmetricEigen {
  values: Float64Array;
  vectors: Float64Array;
}

const EPSILON = 2 ** -52;
const MAX_QL_ITERATIONS = 60; // per eigenvalue; implicit QL with Wilkinson shifts needs two or three

/** The eigendecomposition of a symmetric n × n matrix (row-major; only its lower triangle is read) by Householder
 * tridiagonalisation and implicit QL (EISPACK's tred2 and tql2), in float64: about 9n³ flops. */
export function symmetricEigen(matrix: ArrayLike<number>, n: number): SymmetricEigen {
  // `v` is the transpose of EISPACK's working matrix, so that the inner loops and the rotations run along rows;
  // its row j ends up as the eigenvector of diagonal[j].
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) v[j * n + i] = matrix[i * n + j] as number;
  const diagonal = Float64Array.from({ length: n }, (_, j) => v[j * n + n - 1] as number);
  const offDiagonal = new Float64Array(n);
  for (let i = n - 1; i > 0; i--) householderStep(v, n, i, diagonal, offDiagonal);
  accumulate(v, n, diagonal);
  implicitQl(v, n, diagonal, offDiagonal);
  const order = Array.from(diagonal.keys()).sort((p, q) => (diagonal[q] as number) - (diagonal[p] as number));
  const vectors = new Float64Array(n * n);
  order.forEach((index, i) => vectors.set(v.subarray(index * n, (index + 1) * n), i * n));
  return { values: Float64Array.from(order, (index) => diagonal[index] as number), vectors };
}

/** tred2's step i: the Householder reflection that zeroes row i left of its subdiagonal, applied to the leading
 * i × i block; stores the reflector in row i of v and its scale h in d[i], the subdiagonal entry in e[i]. */
function householderStep(v: Float64Array, n: number, i: number, d: Float64Array, e: Float64Array): void {
  let scale = 0;
  for (let k = 0; k < i; k++) scale += Math.abs(d[k] as number);
  let h = 0;
  if (scale === 0) {
    e[i] = d[i - 1] as number;
    for (let j = 0; j < i; j++) {
      d[j] = v[j * n + i - 1] as number;
      v[j * n + i] = v[i * n + j] = 0;
    }
    d[i] = h;
    return;
  }
  for (let k = 0; k < i; k++) {
    d[k] = (d[k] as number) / scale;
    h += (d[k] as number) ** 2;
  }
  const f = d[i - 1] as number;
  const g = f > 0 ? -Math.sqrt(h) : Math.sqrt(h);
  e[i] = scale * g;
  h -= f * g;
  d[i - 1] = f - g;
  rankTwoUpdate(v, n, i, h, d, e);
  d[i] = h;
}

/** The similarity transformation of tred2's step i on the leading i × i block, given the reflector in d[0..i). */
function rankTwoUpdate(
  v: Float64Array,
  n: number,
  i: number,
  h: number,
  d: Float64Array,
  e: Float64Array,
): void {
  e.fill(0, 0, i);
  for (let j = 0; j < i; j++) {
    const row = j * n;
    const f = d[j] as number;
    v[i * n + j] = f;
    let g = (e[j] as number) + (v[row + j] as number) * f;
    for (let k = j + 1; k < i; k++) {
      const entry = v[row + k] as number;
      g += entry * (d[k] as number);
      e[k] = (e[k] as number) + entry * f;
    }
    e[j] = g;
  }
  let f = 0;
  for (let j = 0; j < i; j++) {
    e[j] = (e[j] as number) / h;
    f += (e[j] as number) * (d[j] as number);
  }
  const hh = f / (h + h);
  for (let j = 0; j < i; j++) e[j] = (e[j] as number) - hh * (d[j] as number);
  for (let j = 0; j < i; j++) {
    const row = j * n;
    const [dj, ej] = [d[j] as number, e[j] as number];
    for (let k = j; k < i; k++)
      v[row + k] = (v[row + k] as number) - (dj * (e[k] as number) + ej * (d[k] as number));
    d[j] = v[row + i - 1] as number;
    v[row + i] = 0;
  }
}

/** tred2's second half: turns the stored reflectors into the orthogonal transformation (rows of v) and leaves the
 * tridiagonal matrix's diagonal in d. */
function accumulate(v: Float64Array, n: number, d: Float64Array): void {
  for (let i = 0; i < n - 1; i++) {
    const next = (i + 1) * n;
    v[i * n + n - 1] = v[i * n + i] as number;
    v[i * n + i] = 1;
    const h = d[i + 1] as number;
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = (v[next + k] as number) / h;
      for (let j = 0; j <= i; j++) {
        const row = j * n;
        let g = 0;
        for (let k = 0; k <= i; k++) g += (v[next + k] as number) * (v[row + k] as number);
        for (let k = 0; k <= i; k++) v[row + k] = (v[row + k] as number) - g * (d[k] as number);
      }
    }
    v.fill(0, next, next + i + 1);
  }
  for (let j = 0; j < n; j++) {
    d[j] = v[j * n + n - 1] as number;
    v[j * n + n - 1] = 0;
  }
  v[n * n - 1] = 1;
}

/** tql2: diagonalises the symmetric tridiagonal matrix (diagonal d, subdiagonal e[1..n)) by implicit QL steps,
 * applying the rotations to the rows of v; leaves the eigenvalues in d. */
function implicitQl(v: Float64Array, n: number, d: Float64Array, e: Float64Array): void {
  e.copyWithin(0, 1);
  e[n - 1] = 0;
  let shift = 0;
  let size = 0;
  for (let l = 0; l < n; l++) {
    size = Math.max(size, Math.abs(d[l] as number) + Math.abs(e[l] as number));
    let m = l;
    while (m < n - 1 && Math.abs(e[m] as number) > EPSILON * size) m++;
    for (let iteration = 0; m > l && iteration < MAX_QL_ITERATIONS; iteration++) {
      shift += shiftOrigin(d, e, l, n);
      qlSweep(v, n, d, e, l, m);
      if (!(Math.abs(e[l] as number) > EPSILON * size)) break;
    }
    d[l] = (d[l] as number) + shift;
    e[l] = 0;
  }
}

/** Moves the origin of the unreduced block starting at l to its Wilkinson shift; returns the shift. */
function shiftOrigin(d: Float64Array, e: Float64Array, l: number, n: number): number {
  const g = d[l] as number;
  const el = e[l] as number;
  const p = ((d[l + 1] as number) - g) / (2 * el);
  const r = p < 0 ? -Math.sqrt(p * p + 1) : Math.sqrt(p * p + 1);
  d[l] = el / (p + r);
  d[l + 1] = el * (p + r);
  const h = g - d[l];
  for (let i = l + 2; i < n; i++) d[i] = (d[i] as number) - h;
  return h;
}

/** One implicit QL sweep over rows m − 1 down to l, chasing the bulge with Givens rotations. */
function qlSweep(v: Float64Array, n: number, d: Float64Array, e: Float64Array, l: number, m: number): void {
  const dl1 = d[l + 1] as number;
  const el1 = e[l + 1] as number;
  let p = d[m] as number;
  let [c, c2, c3, s, s2] = [1, 1, 1, 0, 0];
  for (let i = m - 1; i >= l; i--) {
    c3 = c2;
    c2 = c;
    s2 = s;
    const ei = e[i] as number;
    const g = c * ei;
    const h = c * p;
    const r = Math.sqrt(p * p + ei * ei);
    e[i + 1] = s * r;
    s = ei / r;
    c = p / r;
    p = c * (d[i] as number) - s * g;
    d[i + 1] = h + s * (c * g + s * (d[i] as number));
    rotateRows(v, i * n, (i + 1) * n, n, c, s);
  }
  p = (-s * s2 * c3 * el1 * (e[l] as number)) / dl1;
  e[l] = s * p;
  d[l] = c * p;
}

/** Rows a and b (offsets into v, length n) ← (c·a − s·b, s·a + c·b). */
function rotateRows(v: Float64Array, a: number, b: number, n: number, c: number, s: number): void {
  for (let k = 0; k < n; k++) {
    const x = v[a + k] as number;
    const y = v[b + k] as number;
    v[b + k] = s * x + c * y;
    v[a + k] = c * x - s * y;
  }
}

/** For a Gram matrix G = yᵀy (b × b, row-major), the upper triangular M = S·R⁻¹ (row-major) that makes y·M
 * orthonormal, where S = diag(G)^(−½) and RᵀR = SGS is Cholesky in float64; with `condition` = max diag((SGS)⁻¹),
 * between ‖(SGS)⁻¹‖/b and ‖(SGS)⁻¹‖ = 1/λ_min(SGS). Null when a squared pivot is at most `minPivot`, or not finite. */
export function inverseCholesky(
  gram: ArrayLike<number>,
  b: number,
  minPivot: number,
): { inverse: Float64Array; condition: number } | null {
  const scales = Float64Array.from({ length: b }, (_, i) => 1 / Math.sqrt(gram[i * b + i] as number));
  const lower = new Float64Array(b * b);
  for (let i = 0; i < b; i++)
    for (let j = 0; j <= i; j++) {
      let sum = (gram[i * b + j] as number) * (scales[i] as number) * (scales[j] as number);
      for (let k = 0; k < j; k++) sum -= (lower[i * b + k] as number) * (lower[j * b + k] as number);
      if (i > j) lower[i * b + j] = sum / (lower[j * b + j] as number);
      else if (sum > minPivot && Number.isFinite(sum)) lower[i * b + i] = Math.sqrt(sum);
      else return null;
    }
  const inverse = new Float64Array(b * b); // S · L⁻ᵀ, filled column by column of L⁻¹
  let condition = 0;
  const column = new Float64Array(b);
  for (let j = 0; j < b; j++) {
    column.fill(0);
    column[j] = 1 / (lower[j * b + j] as number);
    for (let i = j + 1; i < b; i++) {
      let sum = 0;
      for (let k = j; k < i; k++) sum += (lower[i * b + k] as number) * (column[k] as number);
      column[i] = -sum / (lower[i * b + i] as number);
    }
    let norm = 0;
    for (let i = j; i < b; i++) {
      norm += (column[i] as number) ** 2;
      inverse[j * b + i] = (scales[j] as number) * (column[i] as number);
    }
    condition = Math.max(condition, norm);
  }
  return { inverse, condition };
}
