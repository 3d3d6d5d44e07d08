import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { ADAM_UPDATE_WASM } from './adam-update-bytes';

/** The kernel that makes Adam's whole update of one weight in a single pass over the WASM heap. */
const ADAM_UPDATE_KERNEL = 'AutoencoderAdamUpdate';

/** The step's constants: the moments' rates 1 − β1 and 1 − β2, −α and ε̂ (see LeanAdamOptimizer). */
export interface AdamStepConstants extends tf.NamedAttrMap {
  firstRate: number;
  secondRate: number;
  negativeStep: number;
  correctedEpsilon: number;
}

/** The SIMD kernel of adam-update.wat: byte offsets of w, m, v, g, w', m', v' in the heap, the count, then
 * the constants. */
type SimdAdam = (...args: number[]) => void;

const simdKernels = new WeakMap<WebAssembly.Memory, SimdAdam | null>();

/** adam-update.wat instantiated over tfjs-wasm's memory; null where the browser has no WASM SIMD or the
 * memory cannot be reached (then a JavaScript loop does the same). */
export function simdAdamFor(wasm: BackendWasm): SimdAdam | null {
  const memory = (wasm.wasm as unknown as { asm?: { memory?: unknown } }).asm?.memory;
  if (!(memory instanceof WebAssembly.Memory)) return null;
  let kernel = simdKernels.get(memory);
  if (kernel === undefined) {
    kernel = WebAssembly.validate(ADAM_UPDATE_WASM) ? instantiate(memory) : null;
    simdKernels.set(memory, kernel);
  }
  return kernel;
}

/** The kernel over `memory`; null where it cannot link to it (the threaded build's memory is shared, which the
 * kernel's import does not declare). */
function instantiate(memory: WebAssembly.Memory): SimdAdam | null {
  try {
    const instance = new WebAssembly.Instance(new WebAssembly.Module(ADAM_UPDATE_WASM), { env: { memory } });
    return instance.exports.adam as SimdAdam;
  } catch {
    return null;
  }
}

// tfjs-wasm runs each element-wise op as its own pass over the weights, with a kernel call, an allocation and
// the engine's bookkeeping for each: Adam's twelve passes took about a sixth of an MNIST training step. Here one
// pass reads the weight, its moments and its gradient once and writes the three new tensors: 4 floats at a time
// in WASM SIMD (adam-update.wat), in float32 as tfjs-wasm computes.
tf.registerKernel({
  kernelName: ADAM_UPDATE_KERNEL,
  backendName: 'wasm',
  kernelFunc: ({ inputs, backend, attrs }) => {
    const wasm = backend as BackendWasm;
    const { value, firstMoment, secondMoment, gradient } = inputs as Record<string, tf.TensorInfo>;
    if (!value || !firstMoment || !secondMoment || !gradient) throw new Error('Adam update: missing input');
    const constants = attrs as unknown as AdamStepConstants;
    const newValue = wasm.makeOutput(value.shape, 'float32');
    const newFirst = wasm.makeOutput(firstMoment.shape, 'float32');
    const newSecond = wasm.makeOutput(secondMoment.shape, 'float32');
    const tensors = [value, firstMoment, secondMoment, gradient, newValue, newFirst, newSecond];
    const simd = simdAdamFor(wasm);
    if (simd) {
      const offsets = tensors.map((tensor) => wasm.dataIdMap.get(tensor.dataId).memoryOffset);
      const { firstRate, secondRate, negativeStep, correctedEpsilon } = constants;
      simd(
        ...offsets,
        tf.util.sizeFromShape(value.shape),
        firstRate,
        secondRate,
        negativeStep,
        correctedEpsilon,
      );
    } else {
      // Views are taken after the allocations: growing the heap detaches earlier ones.
      const views = tensors.map((tensor) => wasm.typedArrayFromHeap(tensor) as Float32Array);
      updateInJavaScript(views as AdamViews, constants);
    }
    return [newValue, newFirst, newSecond];
  },
});

export type AdamViews = [
  Float32Array,
  Float32Array,
  Float32Array,
  Float32Array,
  Float32Array,
  Float32Array,
  Float32Array,
];

/** The same update as adam-update.wat, in JavaScript (in double precision, stored as float32). */
export function updateInJavaScript(
  [w, m, v, g, wOut, mOut, vOut]: AdamViews,
  { firstRate, secondRate, negativeStep, correctedEpsilon }: AdamStepConstants,
): void {
  for (let i = 0; i < w.length; i++) {
    const gi = g[i] as number;
    const mi = (m[i] as number) + (gi - (m[i] as number)) * firstRate;
    const vi = (v[i] as number) + (gi * gi - (v[i] as number)) * secondRate;
    mOut[i] = mi;
    vOut[i] = vi;
    wOut[i] = (w[i] as number) + (negativeStep * mi) / (Math.sqrt(vi) + correctedEpsilon);
  }
}

/** Adam's update of one weight on the WASM backend: the new weight, first moment and second moment. */
export function adamUpdateOnWasm(
  tensors: { value: tf.Tensor; firstMoment: tf.Tensor; secondMoment: tf.Tensor; gradient: tf.Tensor },
  constants: AdamStepConstants,
): [tf.Tensor, tf.Tensor, tf.Tensor] {
  return tf.engine().runKernel(ADAM_UPDATE_KERNEL, tensors, constants) as unknown as [
    tf.Tensor,
    tf.Tensor,
    tf.Tensor,
  ];
}
