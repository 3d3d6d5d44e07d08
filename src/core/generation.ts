import * as tf from '@tensorflow/tfjs-core';
import { type Autoencoder, decodeToLogits, toOutput } from './model';
import { readFloats } from './read';

/** Decodes `count` codes drawn from the prior N(0, I) of a variational model (seeded, so a redraw with the same
 * seed repeats). */
export async function samplePrior(model: Autoencoder, count: number, seed: number): Promise<Float32Array> {
  return decodeCodes(model, tf.randomNormal([count, model.latentSize], 0, 1, 'float32', seed));
}

/** Decodes a side × side grid over the plane of a 2-unit code, placed at the prior's quantiles from 5 % to
 * 95 % (as the Keras VAE example draws its manifold), row by row from the top (high second unit) down. */
export async function decodeManifold(model: Autoencoder, side: number): Promise<Float32Array> {
  const quantiles = Array.from({ length: side }, (_, i) => normalQuantile(0.05 + (0.9 * i) / (side - 1)));
  const codes = new Float32Array(side * side * 2);
  for (let row = 0; row < side; row++)
    for (let column = 0; column < side; column++) {
      const offset = (row * side + column) * 2;
      codes[offset] = quantiles[column] ?? 0;
      codes[offset + 1] = quantiles[side - 1 - row] ?? 0;
    }
  return decodeCodes(model, tf.tensor2d(codes, [side * side, 2]));
}

async function decodeCodes(model: Autoencoder, codes: tf.Tensor2D): Promise<Float32Array> {
  const output = tf.tidy(() => toOutput(model, decodeToLogits(model, codes)));
  const values = await readFloats(output);
  tf.dispose([output, codes]);
  return values;
}

/** The standard normal quantile Φ⁻¹(p), by Acklam's rational approximation (relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  const poly = (coefficients: number[], x: number) => coefficients.reduce((sum, k) => sum * x + k, 0);
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}
