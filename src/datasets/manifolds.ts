import { manifoldClasses } from '../settings/datasets';
import type { Split } from './dataset';
import { normal, type Rng } from './random';

/** An unscaled point (x, y, z) of a 3-D manifold. */
export type Point3 = readonly [number, number, number];

/** The fixed range [low, high] of each of x, y and z that is mapped onto [0, 1]. */
export type Bounds3 = readonly [
  readonly [number, number],
  readonly [number, number],
  readonly [number, number],
];

/** Display names of the six equal segments along a manifold's main parameter t. */
export const manifoldClassNames = manifoldClasses;

const SEGMENTS = manifoldClassNames.length;
const ROLL_T_MAX = 4.5 * Math.PI;

/** Swiss-roll scaling: |t cos t| and |t sin t| never exceed t ≤ 4.5π (one bound for x and z keeps the roll
 * round); y = 21v. */
export const swissRollBounds: Bounds3 = [
  [-ROLL_T_MAX, ROLL_T_MAX],
  [0, 21],
  [-ROLL_T_MAX, ROLL_T_MAX],
];

/** S-curve scaling: x = sin t in [-1, 1], y = 2v in [0, 2], z = sign(t)(cos t − 1) in [-2, 2]. */
export const sCurveBounds: Bounds3 = [
  [-1, 1],
  [0, 2],
  [-2, 2],
];

/** scikit-learn's swiss roll at u, v in [0, 1): t = 1.5π(1 + 2u), (t cos t, 21v, t sin t). */
export function swissRollPoint(u: number, v: number): Point3 {
  const t = 1.5 * Math.PI * (1 + 2 * u);
  return [t * Math.cos(t), 21 * v, t * Math.sin(t)];
}

/** scikit-learn's S-curve at u, v in [0, 1): t = 3π(u − 0.5), (sin t, 2v, sign(t)(cos t − 1)). */
export function sCurvePoint(u: number, v: number): Point3 {
  const t = 3 * Math.PI * (u - 0.5);
  return [Math.sin(t), 2 * v, Math.sign(t) * (Math.cos(t) - 1)];
}

function sampleManifold(
  count: number,
  noise: number,
  rng: Rng,
  point: (u: number, v: number) => Point3,
  bounds: Bounds3,
): Split {
  const values = new Float32Array(count * 3);
  const labels = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const u = rng();
    const coordinates = point(u, rng());
    labels[i] = Math.min(SEGMENTS - 1, Math.floor(u * SEGMENTS));
    for (let axis = 0; axis < 3; axis++) {
      const [low, high] = bounds[axis as 0 | 1 | 2];
      const noisy = (coordinates[axis as 0 | 1 | 2] + noise * normal(rng) - low) / (high - low);
      values[i * 3 + axis] = Math.min(1, Math.max(0, noisy));
    }
  }
  return { values, count, labels };
}

/** A 3-D swiss roll in [0, 1]^3 with Gaussian jitter of std `noise` (in the roll's own units, where the roll
 * spans about ±14), labelled by which sixth of t the point lies in. */
export function generateSwissRoll(count: number, noise: number, rng: Rng): Split {
  return sampleManifold(count, noise, rng, swissRollPoint, swissRollBounds);
}

/** A 3-D S-curve in [0, 1]^3 with Gaussian jitter of std `noise` (in the curve's own units, where it spans
 * about ±2), labelled by which sixth of t the point lies in. */
export function generateSCurve(count: number, noise: number, rng: Rng): Split {
  return sampleManifold(count, noise, rng, sCurvePoint, sCurveBounds);
}
