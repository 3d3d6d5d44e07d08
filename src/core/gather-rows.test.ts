import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, describe, expect, it } from 'vitest';
import { gatherRows, sliceRows } from './gather-rows';

async function gatheredOn(backend: 'cpu' | 'wasm', rows: Int32Array): Promise<number[][]> {
  await tf.setBackend(backend);
  const data = tf.tensor2d(
    Float32Array.from({ length: 5 * 3 }, (_, index) => index),
    [5, 3],
  );
  const before = tf.memory().numTensors;
  const batch = gatherRows(data, rows);
  expect(tf.memory().numTensors).toBe(before + 1);
  const values = await batch.array();
  tf.dispose([data, batch]);
  return values;
}

describe('gatherRows', () => {
  afterAll(() => tf.setBackend('cpu'));

  it('copies the given rows in order on WASM, as tf.gather does on the CPU', async () => {
    const rows = Int32Array.from([4, 0, 2, 2]);
    const expected = [
      [12, 13, 14],
      [0, 1, 2],
      [6, 7, 8],
      [6, 7, 8],
    ];
    expect(await gatheredOn('cpu', rows)).toEqual(expected);
    expect(await gatheredOn('wasm', rows)).toEqual(expected);
  });

  it('runs as one row-copy kernel on WASM, not through GatherV2', async () => {
    await tf.setBackend('wasm');
    const data = tf.zeros<tf.Rank.R2>([4, 2]);
    const profile = await tf.profile(() => gatherRows(data, Int32Array.from([1, 3])));
    expect(profile.kernelNames).toEqual(['AutoencoderGatherRows']);
    tf.dispose(data);
    tf.dispose(profile.result);
  });

  it('reads a subarray of a larger order from its own offset', async () => {
    const order = Int32Array.from([3, 1, 4, 0]);
    expect(await gatheredOn('wasm', order.subarray(1, 3))).toEqual([
      [3, 4, 5],
      [12, 13, 14],
    ]);
  });
});

describe('sliceRows', () => {
  afterAll(() => tf.setBackend('cpu'));

  async function slicedOn(backend: 'cpu' | 'wasm', start: number, count: number): Promise<number[][]> {
    await tf.setBackend(backend);
    const data = tf.tensor2d(
      Float32Array.from({ length: 5 * 3 }, (_, index) => index),
      [5, 3],
    );
    const rows = sliceRows(data, start, count);
    const values = await rows.array();
    tf.dispose([data, rows]);
    return values;
  }

  it('copies consecutive rows on WASM as tf.slice does on the CPU, as one kernel', async () => {
    const expected = [
      [3, 4, 5],
      [6, 7, 8],
    ];
    expect(await slicedOn('cpu', 1, 2)).toEqual(expected);
    expect(await slicedOn('wasm', 1, 2)).toEqual(expected);
    expect(await slicedOn('wasm', 4, 1)).toEqual([[12, 13, 14]]);
    const data = tf.zeros<tf.Rank.R2>([4, 2]);
    const profile = await tf.profile(() => sliceRows(data, 1, 3));
    expect(profile.kernelNames).toEqual(['AutoencoderSliceRows']);
    tf.dispose([data, profile.result]);
  });

  it('refuses rows outside the matrix', async () => {
    await tf.setBackend('wasm');
    const data = tf.zeros<tf.Rank.R2>([4, 2]);
    expect(() => sliceRows(data, 3, 2)).toThrow('Rows 3 to 5 are outside a matrix of 4 rows');
    expect(() => sliceRows(data, -1, 1)).toThrow(RangeError);
    tf.dispose(data);
  });
});
