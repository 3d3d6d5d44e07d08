import type * as tf from '@tensorflow/tfjs-core';

/** A tensor's values in an array the caller owns. tfjs may return its own cached array (WebGL keeps the values
 * it read), and posting that array with a transfer list would detach tfjs's copy: the next read, or the next
 * message carrying it, then fails with "An ArrayBuffer is detached". */
export async function readFloats(tensor: tf.Tensor): Promise<Float32Array> {
  return Float32Array.from(await tensor.data());
}
