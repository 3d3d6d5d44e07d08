import type { Rng } from './random';
import type { Split } from './dataset';

/** The tutorial's data: `count` rows of `columns` values drawn uniformly from [0, 1). */
export function generateUniform(count: number, columns: number, rng: Rng): Split {
  const values = new Float32Array(count * columns);
  for (let i = 0; i < values.length; i++) values[i] = rng();
  return { values, count, labels: null };
}
