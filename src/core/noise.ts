import * as tf from '@tensorflow/tfjs-core';
import type { NoiseType } from '../settings/options';

/** Where the corruption may put values: the range of the data. */
export interface ValueBounds {
  low: number;
  high: number;
}

/** Corrupts a batch for the denoising autoencoder, with a seed of its own (so every step is reproducible):
 * Gaussian noise of σ = level, clipped to the data's range; salt and pepper (a share `level` of the values set
 * to the lowest or highest value, half each); masking (a share `level` of the values set to the lowest);
 * or, for images, a square of side level × the image side set to the lowest, at a random place per sample.
 * Call inside tf.tidy. */
export function corrupt(
  x: tf.Tensor2D,
  noise: { type: NoiseType; level: number },
  bounds: ValueBounds,
  imageShape: readonly [number, number, number] | null,
  seed: number,
): tf.Tensor2D {
  const { level } = noise;
  switch (noise.type) {
    case 'gaussian':
      return tf.clipByValue(
        tf.add<tf.Tensor2D>(x, tf.randomNormal(x.shape, 0, level, 'float32', seed)),
        bounds.low,
        bounds.high,
      );
    case 'saltPepper': {
      const draw = tf.randomUniform(x.shape, 0, 1, 'float32', seed);
      const pepper = tf.where(tf.less(draw, level / 2), tf.fill<tf.Rank.R2>(x.shape, bounds.low), x);
      return tf.where(tf.greater(draw, 1 - level / 2), tf.fill<tf.Rank.R2>(x.shape, bounds.high), pepper);
    }
    case 'mask':
      return tf.where(
        tf.less(tf.randomUniform(x.shape, 0, 1, 'float32', seed), level),
        tf.fill<tf.Rank.R2>(x.shape, bounds.low),
        x,
      );
    case 'square':
      return imageShape
        ? maskSquares(x, level, bounds.low, imageShape, seed)
        : corrupt(x, { type: 'mask', level }, bounds, null, seed);
  }
}

function maskSquares(
  x: tf.Tensor2D,
  level: number,
  low: number,
  [height, width, channels]: readonly [number, number, number],
  seed: number,
): tf.Tensor2D {
  const side = Math.min(height, width, Math.round(level * Math.min(height, width)));
  if (side === 0) return x;
  const rows = x.shape[0];
  const features = height * width * channels;
  const pixel = tf.range(0, features, 1, 'int32');
  const row = tf.floorDiv(pixel, width * channels);
  const column = tf.mod(tf.floorDiv(pixel, channels), width);
  const top = tf.randomUniformInt([rows, 1], 0, height - side + 1, seed);
  const left = tf.randomUniformInt([rows, 1], 0, width - side + 1, seed + 1);
  const inside = tf.logicalAnd(
    tf.logicalAnd(tf.greaterEqual(row, top), tf.less(row, tf.add(top, side))),
    tf.logicalAnd(tf.greaterEqual(column, left), tf.less(column, tf.add(left, side))),
  );
  return tf.where(inside, tf.fill<tf.Rank.R2>(x.shape, low), x);
}
