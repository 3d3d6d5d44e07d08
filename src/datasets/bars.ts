import { barsClasses } from '../settings/datasets';
import type { Split } from './dataset';
import type { Rng } from './random';

type Painter = (image: Float32Array, side: number, rng: Rng) => void;

const between = (rng: Rng, low: number, high: number) => low + rng() * (high - low);
const integerBelow = (rng: Rng, limit: number) => Math.floor(rng() * limit);

function paintBar(image: Float32Array, side: number, rng: Rng, horizontal: boolean): void {
  const thickness = 1 + integerBelow(rng, 3);
  const start = integerBelow(rng, side - thickness + 1);
  const intensity = between(rng, 0.7, 1);
  for (let across = start; across < start + thickness; across++) {
    for (let along = 0; along < side; along++) {
      const index = horizontal ? across * side + along : along * side + across;
      image[index] = Math.max(image[index] ?? 0, intensity);
    }
  }
}

const painters: Record<(typeof barsClasses)[number], Painter> = {
  'horizontal bar': (image, side, rng) => paintBar(image, side, rng, true),
  'vertical bar': (image, side, rng) => paintBar(image, side, rng, false),
  blob: (image, side, rng) => {
    const centreX = between(rng, 3, side - 3);
    const centreY = between(rng, 3, side - 3);
    const sigma = between(rng, 1.2, 3);
    for (let y = 0; y < side; y++) {
      for (let x = 0; x < side; x++) {
        const distanceSquared = (x - centreX) ** 2 + (y - centreY) ** 2;
        image[y * side + x] = Math.exp(-distanceSquared / (2 * sigma * sigma));
      }
    }
  },
  cross: (image, side, rng) => {
    paintBar(image, side, rng, true);
    paintBar(image, side, rng, false);
  },
};

/** Small grayscale images of bars, blobs and crosses in [0, 1], labelled by kind. */
export function generateBars(count: number, side: number, rng: Rng): Split {
  const pixels = side * side;
  const values = new Float32Array(count * pixels);
  const labels = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const label = integerBelow(rng, barsClasses.length);
    labels[i] = label;
    painters[barsClasses[label] as (typeof barsClasses)[number]](
      values.subarray(i * pixels, (i + 1) * pixels),
      side,
      rng,
    );
  }
  return { values, count, labels };
}
