import * as tf from '@tensorflow/tfjs-core';
import type { Activation, OutputActivation } from '../settings/options';

/** How the backward matmuls are written. tfjs-wasm sends only untransposed matmuls to XNNPACK and runs the
 * transpose-flag form in a scalar loop, so on WASM an explicit transpose first is ~3.5× faster. */
export type TransposeStyle = 'explicit' | 'flags';

type MatMul = (x: tf.Tensor2D, kernel: tf.Tensor2D) => tf.Tensor2D;

/** A matmul whose gradients use the given transpose style. `needsInputGradient` is false for the first layer,
 * whose input is data: its gradient would be a full-size matmul thrown away. */
export function createMatMul(style: TransposeStyle, needsInputGradient: boolean): MatMul {
  return tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [x, kernel, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
    save([x, kernel]);
    return {
      value: tf.matMul(x, kernel),
      gradFunc: (dy: tf.Tensor2D, saved: tf.Tensor[]) => {
        const [savedX, savedKernel] = saved as [tf.Tensor2D, tf.Tensor2D];
        const kernelGradient =
          style === 'explicit' ? tf.matMul(tf.transpose(savedX), dy) : tf.matMul(savedX, dy, true, false);
        if (!needsInputGradient) return [tf.zerosLike(savedX), kernelGradient];
        const inputGradient =
          style === 'explicit'
            ? tf.matMul(dy, tf.transpose(savedKernel))
            : tf.matMul(dy, savedKernel, false, true);
        return [inputGradient, kernelGradient];
      },
    };
  });
}

/** LeakyReLU's slope for negative inputs, the tfjs default, passed explicitly. */
export const LEAKY_RELU_ALPHA = 0.2;

const activationFunctions: Record<Activation | OutputActivation, (x: tf.Tensor2D) => tf.Tensor2D> = {
  relu: (x) => tf.relu(x),
  tanh: (x) => tf.tanh(x),
  sigmoid: (x) => tf.sigmoid(x),
  linear: (x) => x,
  elu: (x) => tf.elu(x),
  leakyRelu: (x) => tf.leakyRelu(x, LEAKY_RELU_ALPHA),
  selu: (x) => tf.selu(x),
};

/** Applies a named activation. */
export function activate(activation: Activation | OutputActivation, x: tf.Tensor2D): tf.Tensor2D {
  return activationFunctions[activation](x);
}
