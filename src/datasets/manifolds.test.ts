import { describe, expect, it } from 'vitest';
import type { Split } from './dataset';
import {
  type Bounds3,
  generateSCurve,
  generateSwissRoll,
  manifoldClassNames,
  sCurveBounds,
  swissRollBounds,
} from './manifolds';
import { createRng } from './random';

type Generator = (count: number, noise: number, rng: ReturnType<typeof createRng>) => Split;

/** Undoes the fixed [0, 1] scaling of sample `i`. */
function unscale(split: Split, i: number, bounds: Bounds3): [number, number, number] {
  const at = (axis: 0 | 1 | 2) => {
    const [low, high] = bounds[axis];
    return low + split.values[i * 3 + axis]! * (high - low);
  };
  return [at(0), at(1), at(2)];
}

/** The sixth of [low, high] that t lies in, or null when t is too near a boundary to tell after rounding. */
function segmentOf(t: number, low: number, high: number): number | null {
  const position = (6 * (t - low)) / (high - low);
  return Math.abs(position - Math.round(position)) < 1e-3 ? null : Math.min(5, Math.floor(position));
}

/** Swiss roll: the radius sqrt(x² + z²) is t, and the angle atan2(z, x) agrees with t modulo 2π. */
function swissRollT([x, , z]: readonly number[]): { t: number; angleError: number } {
  const t = Math.hypot(x!, z!);
  const turn = Math.atan2(z!, x!) - t;
  const angleError = Math.abs(turn - 2 * Math.PI * Math.round(turn / (2 * Math.PI)));
  return { t, angleError };
}

/** S-curve: sin t = x and cos t = 1 − |z|, with t of the opposite sign to z. */
function sCurveT([x, , z]: readonly number[]): { t: number; circleError: number } {
  const cosine = 1 - Math.abs(z!);
  const circleError = Math.abs(x! * x! + cosine * cosine - 1);
  const sign = z! > 0 ? -1 : 1;
  let angle = Math.atan2(sign * x!, cosine);
  if (angle < 0) angle += 2 * Math.PI;
  return { t: sign * angle, circleError };
}

const cases: [string, Generator][] = [
  ['generateSwissRoll', generateSwissRoll],
  ['generateSCurve', generateSCurve],
];

describe.each(cases)('%s', (_name, generate) => {
  it('makes count × 3 values in [0, 1] with labels 0..5, all of which occur', () => {
    const split = generate(1000, 0.05, createRng(1));
    expect(split.values.length).toBe(3000);
    expect(split.count).toBe(1000);
    expect(Math.min(...split.values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...split.values)).toBeLessThanOrEqual(1);
    expect(new Set(split.labels)).toEqual(new Set([0, 1, 2, 3, 4, 5]));
    expect(manifoldClassNames).toHaveLength(6);
  });

  it('stays in [0, 1] under heavy noise', () => {
    const split = generate(500, 5, createRng(1));
    expect(Math.min(...split.values)).toBe(0);
    expect(Math.max(...split.values)).toBe(1);
  });

  it('is the same for the same seed and differs for another', () => {
    const split = generate(300, 0.1, createRng(4));
    expect(generate(300, 0.1, createRng(4))).toEqual(split);
    expect(generate(300, 0.1, createRng(5)).values).not.toEqual(split.values);
  });

  it('uses most of [0, 1] on each axis, with the same scaling for every split', () => {
    for (const seed of [1, 2]) {
      const split = generate(2000, 0, createRng(seed));
      for (let axis = 0; axis < 3; axis++) {
        const column = split.values.filter((_, index) => index % 3 === axis);
        expect(Math.max(...column) - Math.min(...column)).toBeGreaterThan(0.6);
      }
    }
  });
});

describe('generateSwissRoll', () => {
  it('puts noise-free points on the roll, labelled by sixths of t', () => {
    const split = generateSwissRoll(500, 0, createRng(7));
    for (let i = 0; i < split.count; i++) {
      const point = unscale(split, i, swissRollBounds);
      const { t, angleError } = swissRollT(point);
      expect(t).toBeGreaterThanOrEqual(1.5 * Math.PI - 1e-3);
      expect(t).toBeLessThanOrEqual(4.5 * Math.PI + 1e-3);
      expect(angleError).toBeLessThan(1e-3);
      expect(point[1]).toBeGreaterThanOrEqual(0);
      expect(point[1]).toBeLessThanOrEqual(21);
      const segment = segmentOf(t, 1.5 * Math.PI, 4.5 * Math.PI);
      if (segment !== null) expect(split.labels?.[i]).toBe(segment);
    }
  });

  it('moves points off the roll when noisy', () => {
    const split = generateSwissRoll(200, 0.5, createRng(7));
    const errors = Array.from({ length: split.count }, (_, i) =>
      swissRollT(unscale(split, i, swissRollBounds)),
    );
    expect(Math.max(...errors.map((error) => error.angleError))).toBeGreaterThan(0.01);
  });
});

describe('generateSCurve', () => {
  it('puts noise-free points on the curve, labelled by sixths of t', () => {
    const split = generateSCurve(500, 0, createRng(7));
    for (let i = 0; i < split.count; i++) {
      const point = unscale(split, i, sCurveBounds);
      const { t, circleError } = sCurveT(point);
      expect(circleError).toBeLessThan(1e-4);
      expect(Math.abs(t)).toBeLessThanOrEqual(1.5 * Math.PI + 1e-3);
      expect(point[1]).toBeGreaterThanOrEqual(0);
      expect(point[1]).toBeLessThanOrEqual(2);
      const segment = segmentOf(t, -1.5 * Math.PI, 1.5 * Math.PI);
      if (segment !== null) expect(split.labels?.[i]).toBe(segment);
    }
  });

  it('moves points off the curve when noisy', () => {
    const split = generateSCurve(200, 0.1, createRng(7));
    const errors = Array.from({ length: split.count }, (_, i) => sCurveT(unscale(split, i, sCurveBounds)));
    expect(Math.max(...errors.map((error) => error.circleError))).toBeGreaterThan(0.05);
  });
});
