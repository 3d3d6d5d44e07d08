import * as tf from '@tensorflow/tfjs-core';
import type { Settings } from '../settings/schema';

/** The global L2 norm of a set of gradients: √(Σ‖g‖²). */
export function globalNorm(gradients: tf.NamedTensorMap): tf.Scalar {
  const squares = Object.values(gradients).map((gradient) => tf.sum(tf.square(gradient)));
  return tf.sqrt(tf.addN(squares)) as tf.Scalar;
}

/** Bounds gradients before an update. By value: g ← clip(g, −c, c). By global norm: g ← g · c / max(‖g‖₂, c),
 * which keeps the direction and caps the length of the whole gradient at c. Call inside tf.tidy. */
export function clipGradients(
  gradients: tf.NamedTensorMap,
  settings: Pick<Settings, 'clipping' | 'clipThreshold'>,
): tf.NamedTensorMap {
  const threshold = settings.clipThreshold;
  switch (settings.clipping) {
    case 'none':
      return gradients;
    case 'value':
      return mapGradients(gradients, (gradient) => tf.clipByValue(gradient, -threshold, threshold));
    case 'norm': {
      const scale = tf.div(threshold, tf.maximum(globalNorm(gradients), threshold));
      return mapGradients(gradients, (gradient) => tf.mul(gradient, scale));
    }
  }
}

function mapGradients(
  gradients: tf.NamedTensorMap,
  f: (gradient: tf.Tensor) => tf.Tensor,
): tf.NamedTensorMap {
  return Object.fromEntries(Object.entries(gradients).map(([name, gradient]) => [name, f(gradient)]));
}
