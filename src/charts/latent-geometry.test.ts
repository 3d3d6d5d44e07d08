import { describe, expect, it } from 'vitest';
import {
  axisCaptions,
  buildPointIndex,
  dataBounds,
  moveCursor,
  nearestPoint,
  toData,
  toPixel,
} from './latent-geometry';
import { translatorFor } from '../i18n/translate';

const { t } = translatorFor('en');

const frame = { width: 360, height: 360 };

describe('dataBounds', () => {
  it('pads the points by a share of their span', () => {
    expect(dataBounds(Float32Array.from([0, 0, 10, 20]), 0.1)).toEqual({
      minX: -1,
      maxX: 11,
      minY: -2,
      maxY: 22,
    });
  });

  it('ignores points that are not finite', () => {
    expect(dataBounds([0, 0, NaN, 5, 2, Infinity, 1, 1], 0)).toEqual({ minX: 0, maxX: 1, minY: 0, maxY: 1 });
  });

  it('widens a zero span to 1 around the value', () => {
    expect(dataBounds([3, 4, 3, 4])).toEqual({ minX: 2.5, maxX: 3.5, minY: 3.5, maxY: 4.5 });
  });

  it('gives the unit square without points', () => {
    expect(dataBounds([])).toEqual({ minX: 0, maxX: 1, minY: 0, maxY: 1 });
  });
});

describe('toPixel and toData', () => {
  const bounds = { minX: -1, maxX: 1, minY: 0, maxY: 4 };

  it('puts the top-left corner of the data at pixel (0, 0) and flips y', () => {
    expect(toPixel(bounds, frame, -1, 4)).toEqual([0, 0]);
    expect(toPixel(bounds, frame, 1, 0)).toEqual([360, 360]);
    expect(toPixel(bounds, frame, 0, 1)).toEqual([180, 270]);
  });

  it('inverts each other', () => {
    const [px, py] = toPixel(bounds, frame, 0.3, 2.7);
    const [x, y] = toData(bounds, frame, px, py);
    expect(x).toBeCloseTo(0.3, 10);
    expect(y).toBeCloseTo(2.7, 10);
  });
});

describe('nearestPoint', () => {
  const bounds = { minX: 0, maxX: 360, minY: 0, maxY: 360 };
  // Data y is flipped: data (x, y) is pixel (x, 360 - y).
  const xy = Float32Array.from([10, 350, 14, 350, 200, 200, 359, 1, NaN, NaN]);
  const index = buildPointIndex(xy, bounds, frame, 8);

  it('finds the closest point within the radius', () => {
    expect(nearestPoint(index, 11, 10, 6)).toBe(0);
    expect(nearestPoint(index, 13, 10, 6)).toBe(1);
    expect(nearestPoint(index, 203, 162, 6)).toBe(2);
  });

  it('finds points in neighbouring cells and on the edges', () => {
    expect(nearestPoint(index, 196, 160, 6)).toBe(2);
    expect(nearestPoint(index, 360, 360, 6)).toBe(3);
  });

  it('gives null when no point is close enough, and skips points that are not finite', () => {
    expect(nearestPoint(index, 100, 100, 6)).toBeNull();
    expect(nearestPoint(index, 207, 160, 6)).toBeNull();
    expect(index.order.length).toBe(4);
  });

  it('agrees with a scan over many random points', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const many = Float32Array.from({ length: 20_000 }, () => random() * 10 - 5);
    const manyBounds = dataBounds(many);
    const manyIndex = buildPointIndex(many, manyBounds, frame, 8);
    for (let probe = 0; probe < 200; probe++) {
      const px = random() * 360;
      const py = random() * 360;
      let best: number | null = null;
      let bestDistance = 36;
      for (let i = 0; i < 10_000; i++) {
        const distance = ((manyIndex.px[i] ?? 0) - px) ** 2 + ((manyIndex.py[i] ?? 0) - py) ** 2;
        if (distance <= bestDistance) [best, bestDistance] = [i, distance];
      }
      const found = nearestPoint(manyIndex, px, py, 6);
      if (best === null) expect(found).toBeNull();
      else
        expect(
          found === null
            ? -1
            : ((manyIndex.px[found] ?? 0) - px) ** 2 + ((manyIndex.py[found] ?? 0) - py) ** 2,
        ).toBeCloseTo(bestDistance, 6);
    }
  });
});

describe('moveCursor', () => {
  const bounds = { minX: 0, maxX: 10, minY: -5, maxY: 5 };

  it('moves by a twentieth of the span per step', () => {
    expect(moveCursor([5, 0], bounds, 1, -2)).toEqual([5.5, -1]);
  });

  it('stays inside the bounds', () => {
    expect(moveCursor([9.9, 4.9], bounds, 3, 3)).toEqual([10, 5]);
    expect(moveCursor([0.1, -4.9], bounds, -3, -3)).toEqual([0, -5]);
  });
});

describe('axisCaptions', () => {
  it('names code units for codes of one or two units', () => {
    expect(axisCaptions(null, null, 2, t)).toEqual(['code unit 1', 'code unit 2']);
    expect(axisCaptions(null, null, 1, t)[0]).toBe('code unit 1');
  });

  it('names principal components with their share of variance', () => {
    expect(axisCaptions([0, 2], [0.342, 0.1], 8, t)).toEqual([
      'PC 1 (34% of variance)',
      'PC 3 (10% of variance)',
    ]);
    expect(axisCaptions([1, 0], null, 8, t)).toEqual(['PC 2', 'PC 1']);
  });
});
