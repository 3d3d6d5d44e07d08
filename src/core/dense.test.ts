import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { afterAll, describe, expect, it } from 'vitest';
import type { Activation } from '../settings/options';
import { activate, createDenseOp, type TransposeStyle } from './dense';

const activations: Activation[] = ['relu', 'sigmoid', 'elu', 'leakyRelu', 'linear', 'tanh', 'selu'];

/** The layer written out op by op, with tfjs's own gradients: what the fused op must equal. */
function reference(activation: Activation) {
  return (x: tf.Tensor2D, kernel: tf.Tensor2D, bias: tf.Tensor1D) =>
    activate(activation, tf.add(tf.matMul(x, kernel), bias));
}

/** Values and gradients (input, kernel, bias) of the summed, weighted output of a layer op. */
function valueAndGrads(
  op: (x: tf.Tensor2D, kernel: tf.Variable<tf.Rank.R2>, bias: tf.Variable<tf.Rank.R1>) => tf.Tensor2D,
): number[][] {
  return tf.tidy(() => {
    const x = tf.randomNormal<tf.Rank.R2>([5, 4], 0, 1, 'float32', 1);
    const kernel = tf.variable(tf.randomNormal<tf.Rank.R2>([4, 3], 0, 1, 'float32', 2));
    const bias = tf.variable(tf.tensor1d([0.3, -0.2, 0.1]));
    const weights = tf.randomNormal<tf.Rank.R2>([5, 3], 0, 1, 'float32', 3);
    const loss = () => tf.sum<tf.Scalar>(tf.mul(op(x, kernel, bias), weights));
    const { value, grads } = tf.variableGrads(loss, [kernel, bias]);
    const inputGradient = tf.grad((input) => tf.sum(tf.mul(op(input as tf.Tensor2D, kernel, bias), weights)))(
      x,
    );
    const result = [value, inputGradient, grads[kernel.name], grads[bias.name]].map((t) =>
      Array.from((t as tf.Tensor).dataSync()),
    );
    tf.dispose([kernel, bias]);
    return result;
  });
}

describe('createDenseOp', () => {
  afterAll(() => tf.setBackend('cpu'));

  for (const backend of ['cpu', 'wasm'] as const) {
    for (const style of ['explicit', 'flags'] as TransposeStyle[]) {
      it(`gives the values and gradients of matmul, bias and activation written out (${backend}, ${style})`, async () => {
        await tf.setBackend(backend);
        for (const activation of activations) {
          const fused = valueAndGrads(createDenseOp(style, true, activation));
          const expected = valueAndGrads(reference(activation));
          fused.forEach((values, part) =>
            values.forEach((value, index) =>
              expect(value, `${activation}, part ${part}`).toBeCloseTo(expected[part]?.[index] ?? NaN, 4),
            ),
          );
        }
      });
    }
  }

  it('leaves no tensor behind after a gradient step', async () => {
    await tf.setBackend('cpu');
    const before = tf.memory().numTensors;
    valueAndGrads(createDenseOp('explicit', true, 'relu'));
    expect(tf.memory().numTensors).toBe(before);
  });

  it('sums the bias gradient with a matmul on WASM, not with tfjs-wasm’s Sum (which transposes the batch)', async () => {
    await tf.setBackend('wasm');
    const profile = await tf.profile(() => valueAndGrads(createDenseOp('explicit', true, 'relu')));
    // The loss's own sums reduce to a scalar; a bias gradient would be a Sum to the 3 units.
    const biasSums = profile.kernels.filter(
      (kernel) => kernel.name === 'Sum' && kernel.outputShapes[0]?.join() === '3',
    );
    expect(biasSums).toHaveLength(0);
    await tf.setBackend('cpu');
  });
});
