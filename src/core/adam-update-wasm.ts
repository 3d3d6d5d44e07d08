import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';

/** The kernel that makes Adam's whole update of one weight in a single pass over the WASM heap. */
const ADAM_UPDATE_KERNEL = 'AutoencoderAdamUpdate';

/** The step's constants: the moments' rates 1 − β1 and 1 − β2, −α and ε̂ (see LeanAdamOptimizer). */
export interface AdamStepConstants extends tf.NamedAttrMap {
  firstRate: number;
  secondRate: number;
  negativeStep: number;
  correctedEpsilon: number;
}

// tfjs-wasm runs each element-wise op as its own pass over the weights, with a kernel call, an allocation and
// the engine's bookkeeping for each: Adam's twelve passes took about a sixth of an MNIST training step. One
// loop reads the weight, its moments and its gradient once and writes the three new tensors.
tf.registerKernel({
  kernelName: ADAM_UPDATE_KERNEL,
  backendName: 'wasm',
  kernelFunc: ({ inputs, backend, attrs }) => {
    const wasm = backend as BackendWasm;
    const { value, firstMoment, secondMoment, gradient } = inputs as Record<string, tf.TensorInfo>;
    if (!value || !firstMoment || !secondMoment || !gradient) throw new Error('Adam update: missing input');
    const { firstRate, secondRate, negativeStep, correctedEpsilon } = attrs as unknown as AdamStepConstants;
    const newValue = wasm.makeOutput(value.shape, 'float32');
    const newFirst = wasm.makeOutput(firstMoment.shape, 'float32');
    const newSecond = wasm.makeOutput(secondMoment.shape, 'float32');
    // Views are taken after the allocations: growing the heap detaches earlier ones.
    const heap = (tensor: tf.TensorInfo): Float32Array => wasm.typedArrayFromHeap(tensor) as Float32Array;
    const [w, m, v, g] = [heap(value), heap(firstMoment), heap(secondMoment), heap(gradient)];
    const [wOut, mOut, vOut] = [heap(newValue), heap(newFirst), heap(newSecond)];
    for (let i = 0; i < w.length; i++) {
      const gi = g[i] as number;
      const mi = (m[i] as number) + (gi - (m[i] as number)) * firstRate;
      const vi = (v[i] as number) + (gi * gi - (v[i] as number)) * secondRate;
      mOut[i] = mi;
      vOut[i] = vi;
      wOut[i] = (w[i] as number) + (negativeStep * mi) / (Math.sqrt(vi) + correctedEpsilon);
    }
    return [newValue, newFirst, newSecond];
  },
});

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
