import type { Scaling } from './csv';

/** How each column was scaled: value = (raw - offset) / scale, with offsets and scales rounded to 32 bits. */
export interface ColumnScaling {
  kind: Scaling;
  offsets: Float32Array;
  scales: Float32Array;
}

/** The offset and scale that map column `column` of a row-major matrix into [0, 1]; a constant column maps to 0. */
function range(matrix: Float64Array, rows: number, columns: number, column: number): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (let r = 0; r < rows; r++) {
    const value = matrix[r * columns + column] ?? 0;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return [low, high > low ? high - low : 1];
}

/** Whether every value of a column equals the first. */
function isConstant(matrix: Float64Array, rows: number, columns: number, column: number): boolean {
  for (let r = 1; r < rows; r++) if (matrix[r * columns + column] !== matrix[column]) return false;
  return true;
}

/** The mean and population standard deviation of a column; a constant column gets its value as offset and scale
 * 1, so that it becomes exactly 0 (a computed mean can differ from the constant in the last bit). */
function moments(matrix: Float64Array, rows: number, columns: number, column: number): [number, number] {
  if (isConstant(matrix, rows, columns, column)) return [matrix[column] ?? 0, 1];
  let sum = 0;
  for (let r = 0; r < rows; r++) sum += matrix[r * columns + column] ?? 0;
  const mean = sum / rows;
  let squares = 0;
  for (let r = 0; r < rows; r++) squares += ((matrix[r * columns + column] ?? 0) - mean) ** 2;
  const deviation = Math.sqrt(squares / rows);
  return [mean, deviation > 0 ? deviation : 1];
}

/** Scales each column of a rows × columns row-major matrix in place, in 64-bit arithmetic: min-max into [0, 1]
 * (the minimum becomes exactly 0 and the maximum exactly 1), z-score to mean 0 and standard deviation 1
 * (population), or not at all; returns the offsets and scales used. */
export function scaleColumns(
  matrix: Float64Array,
  rows: number,
  columns: number,
  kind: Scaling,
): ColumnScaling {
  const offsets = new Float32Array(columns);
  const scales = new Float32Array(columns).fill(1);
  if (kind === 'none') return { kind, offsets, scales };
  const fit = kind === 'minmax' ? range : moments;
  for (let column = 0; column < columns; column++) {
    const [offset, scale] = fit(matrix, rows, columns, column);
    for (let r = 0; r < rows; r++) {
      const index = r * columns + column;
      matrix[index] = ((matrix[index] ?? 0) - offset) / scale;
    }
    offsets[column] = offset;
    scales[column] = scale;
  }
  return { kind, offsets, scales };
}
