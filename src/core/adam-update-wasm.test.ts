import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { adamUpdateOnWasm, simdAdamFor, updateInJavaScript, type AdamViews } from './adam-update-wasm';

const constants = { firstRate: 0.1, secondRate: 0.001, negativeStep: -0.01, correctedEpsilon: 1e-7 };

/** Adam's update written out element by element, in double precision. */
function expected(w: number, m: number, v: number, g: number): [number, number, number] {
  const m1 = m + (g - m) * constants.firstRate;
  const v1 = v + (g * g - v) * constants.secondRate;
  return [w + (constants.negativeStep * m1) / (Math.sqrt(v1) + constants.correctedEpsilon), m1, v1];
}

describe('Adam’s one-pass update on WASM', () => {
  beforeAll(() => tf.setBackend('wasm'));
  afterAll(() => tf.setBackend('cpu'));
  // 1,030 values: 257 vectors of four and a remainder of two for the scalar loop.
  const size = 1030;
  // Fixed pseudo-random values in [low, 1).
  const values = (seed: number, low = -1) =>
    Float32Array.from({ length: size }, (_, i) => low + (1 - low) * ((Math.sin(i * 12.9898 + seed) + 1) / 2));
  const [w, m, g] = [values(1), values(2), values(3)];
  const v = values(4, 0);

  it('computes every element, the last ones past the vectors too, as the formula says', async () => {
    const tensors = {
      value: tf.tensor1d(w),
      firstMoment: tf.tensor1d(m),
      secondMoment: tf.tensor1d(v),
      gradient: tf.tensor1d(g),
    };
    const outputs = adamUpdateOnWasm(tensors, constants);
    const [newW, newM, newV] = await Promise.all(outputs.map((tensor) => tensor.data()));
    for (let i = 0; i < size; i++) {
      const [ew, em, ev] = expected(w[i] ?? NaN, m[i] ?? NaN, v[i] ?? NaN, g[i] ?? NaN);
      expect(newW?.[i]).toBeCloseTo(ew, 6);
      expect(newM?.[i]).toBeCloseTo(em, 6);
      expect(newV?.[i]).toBeCloseTo(ev, 6);
    }
    // The inputs are left as they were: the update writes new tensors.
    expect(tensors.value.dataSync()).toEqual(w);
    tf.dispose([...Object.values(tensors), ...outputs]);
  });

  it('falls back to a JavaScript loop with the same results where WASM SIMD is missing', () => {
    const views = [w, m, v, g].map((values) => Float32Array.from(values));
    const outputs = [0, 1, 2].map(() => new Float32Array(size));
    updateInJavaScript([...views, ...outputs] as AdamViews, constants);
    for (let i = 0; i < size; i++) {
      const [ew, em, ev] = expected(w[i] ?? NaN, m[i] ?? NaN, v[i] ?? NaN, g[i] ?? NaN);
      expect(outputs[0]?.[i]).toBeCloseTo(ew, 6);
      expect(outputs[1]?.[i]).toBeCloseTo(em, 6);
      expect(outputs[2]?.[i]).toBeCloseTo(ev, 6);
    }
  });

  it('uses the SIMD kernel only where it can link to the backend’s memory', () => {
    const backendWith = (memory: unknown) => ({ wasm: { asm: { memory } } }) as unknown as BackendWasm;
    expect(simdAdamFor(backendWith(new WebAssembly.Memory({ initial: 1 })))).toBeTypeOf('function');
    // The threaded build's memory is shared: the kernel's import does not declare it, so the loop runs.
    const shared = new WebAssembly.Memory({ initial: 1, maximum: 2, shared: true });
    expect(simdAdamFor(backendWith(shared))).toBeNull();
    expect(simdAdamFor(backendWith(undefined))).toBeNull();
  });
});
