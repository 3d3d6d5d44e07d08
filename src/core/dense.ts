import * as tf from '@tensorflow/tfjs-core';
import type { Activation, OutputActivation } from '../settings/options';

/** How the backward matmuls are written. tfjs-wasm sends only untransposed matmuls to XNNPACK and runs the
 * transpose-flag form in a scalar loop, so on WASM an explicit transpose first is ~3.5× faster. */
export type TransposeStyle = 'explicit' | 'flags';

type MatMul = (x: tf.Tensor2D, kernel: tf.Tensor2D) => tf.Tensor2D;

/** The gradients of x·W for the input and the kernel, given the output's gradient, with the matmuls in `style`.
 * Without `needsInputGradient` (the first layer, whose input is data) the input's gradient is zeros rather than
 * a full-size matmul thrown away. */
function matMulGradients(
  style: TransposeStyle,
  needsInputGradient: boolean,
  x: tf.Tensor2D,
  kernel: tf.Tensor2D,
  dy: tf.Tensor2D,
): [tf.Tensor, tf.Tensor] {
  const kernelGradient =
    style === 'explicit' ? tf.matMul(tf.transpose(x), dy) : tf.matMul(x, dy, true, false);
  if (!needsInputGradient) return [tf.zerosLike(x), kernelGradient];
  const inputGradient =
    style === 'explicit' ? tf.matMul(dy, tf.transpose(kernel)) : tf.matMul(dy, kernel, false, true);
  return [inputGradient, kernelGradient];
}

/** The sums of a batch's rows: a bias's gradient. tfjs-wasm's sum over the first axis transposes the whole batch
 * before it adds; on WASM a row of ones times the batch is one small matmul instead. */
function columnSums(style: TransposeStyle, delta: tf.Tensor2D): tf.Tensor1D {
  if (style === 'flags') return tf.sum(delta, 0);
  return tf.reshape(tf.matMul(tf.ones<tf.Rank.R2>([1, delta.shape[0]]), delta), [-1]);
}

/** A matmul whose gradients use the given transpose style (see `matMulGradients`). */
export function createMatMul(style: TransposeStyle, needsInputGradient: boolean): MatMul {
  return tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [x, kernel, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
    save([x, kernel]);
    return {
      value: tf.matMul(x, kernel),
      gradFunc: (dy: tf.Tensor2D, saved: tf.Tensor[]) => {
        const [savedX, savedKernel] = saved as [tf.Tensor2D, tf.Tensor2D];
        return matMulGradients(style, needsInputGradient, savedX, savedKernel, dy);
      },
    };
  });
}

/** LeakyReLU's slope for negative inputs, the tfjs default, passed explicitly. */
export const LEAKY_RELU_ALPHA = 0.2;

/** A dense layer's whole forward step, y = activation(x·W + b), as one op. */
export type DenseOp = (x: tf.Tensor2D, kernel: tf.Variable<tf.Rank.R2>, bias: tf.Tensor1D) => tf.Tensor2D;

/** The activations tfjs fuses into its matmul kernel: the kernel's name for each, and its derivative written
 * from the output y (none for linear). */
const fusedActivations: Partial<
  Record<
    Activation,
    {
      name: 'linear' | 'relu' | 'sigmoid' | 'elu' | 'leakyrelu';
      derivative: ((y: tf.Tensor2D) => tf.Tensor2D) | null;
    }
  >
> = {
  linear: { name: 'linear', derivative: null },
  relu: { name: 'relu', derivative: (y) => tf.step(y) },
  sigmoid: { name: 'sigmoid', derivative: (y) => tf.mul(y, tf.sub(1, y)) },
  elu: { name: 'elu', derivative: (y) => tf.where(tf.greater(y, 0), tf.onesLike(y), tf.add(y, 1)) },
  leakyRelu: {
    name: 'leakyrelu',
    derivative: (y) => tf.where(tf.greater(y, 0), tf.onesLike(y), tf.fill(y.shape, LEAKY_RELU_ALPHA)),
  },
};

/** A dense layer as one fused matmul + bias + activation kernel, with the gradient written out: the matmuls in
 * `style`, the activation's derivative from the saved output, the kernel (a variable) read when the gradient
 * runs instead of copied at the forward step. Saves the separate add and activation kernels and the copies
 * tfjs keeps of their inputs: fewer passes over the batch on every backend. Activations tfjs cannot fuse (tanh,
 * SELU) keep the separate kernels. */
export function createDenseOp(
  style: TransposeStyle,
  needsInputGradient: boolean,
  activation: Activation,
): DenseOp {
  const fused = fusedActivations[activation];
  if (!fused) {
    const matMul = createMatMul(style, needsInputGradient);
    return (x, kernel, bias) => activate(activation, tf.add(matMul(x, kernel), bias));
  }
  const { name, derivative } = fused;
  const op = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    // The kernel is the layer's variable: unchanged until the gradient has run, so it is not copied.
    const [input, kernel, biasInput, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.Tensor1D, tf.GradSaveFunc];
    // The kernel itself: tf.fused.matMul splits into matmul, add and activation whenever a gradient is being
    // recorded, which is always here.
    const [rows, inner] = input.shape;
    const attrs = {
      transposeA: false,
      transposeB: false,
      activation: name,
      leakyreluAlpha: LEAKY_RELU_ALPHA,
    };
    const output = tf.reshape<tf.Rank.R2>(
      tf
        .engine()
        .runKernel<tf.Tensor3D>(
          '_FusedMatMul',
          { a: tf.reshape(input, [1, rows, inner]), b: tf.reshape(kernel, [1, inner, -1]), bias: biasInput },
          attrs,
        ),
      [rows, -1],
    );
    save([input, output]);
    return {
      value: output,
      gradFunc: (dy: tf.Tensor2D, saved: tf.Tensor[]) => {
        const [savedInput, savedOutput] = saved as [tf.Tensor2D, tf.Tensor2D];
        const delta = derivative ? tf.mul<tf.Tensor2D>(dy, derivative(savedOutput)) : dy;
        const [inputGradient, kernelGradient] = matMulGradients(
          style,
          needsInputGradient,
          savedInput,
          kernel,
          delta,
        );
        return [inputGradient, kernelGradient, columnSums(style, delta)];
      },
    };
  });
  return (x, kernel, bias) => op(x, kernel, bias);
}

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
