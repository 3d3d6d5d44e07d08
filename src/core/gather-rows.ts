import * as tf from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';

/** The kernel that copies whole rows within the WASM backend's heap. */
const GATHER_ROWS_KERNEL = 'AutoencoderGatherRows';

interface GatherRowsAttrs extends tf.NamedAttrMap {
  rows: Int32Array;
}

// tfjs-wasm's GatherV2 works out the source index of every element in a scalar loop: a 128 × 784 batch took
// ~2 ms, a tenth of a training step. A batch is whole rows, so on WASM each row is one copy on the heap.
tf.registerKernel({
  kernelName: GATHER_ROWS_KERNEL,
  backendName: 'wasm',
  kernelFunc: ({ inputs, backend, attrs }) => {
    const wasm = backend as BackendWasm;
    const { x } = inputs as { x: tf.TensorInfo };
    const { rows } = attrs as unknown as GatherRowsAttrs;
    const columns = x.shape[1] as number;
    const output = wasm.makeOutput([rows.length, columns], x.dtype);
    // Views are taken after the allocation: growing the heap detaches earlier ones.
    const source = wasm.typedArrayFromHeap(x);
    const target = wasm.typedArrayFromHeap(output);
    rows.forEach((row, index) => {
      const start = row * columns;
      target.set(source.subarray(start, start + columns), index * columns);
    });
    return output;
  },
});

/** The kernel that copies a run of consecutive rows within the WASM backend's heap. */
const SLICE_ROWS_KERNEL = 'AutoencoderSliceRows';

interface SliceRowsAttrs extends tf.NamedAttrMap {
  start: number;
  count: number;
}

// tfjs-wasm's Slice reads its whole input back (readSync copies the tensor off the heap) before it copies the
// slice: 128 rows of the 10,000 × 784 training set took ~10 ms, 60 times the copy itself. Here the rows are one
// copy on the heap.
tf.registerKernel({
  kernelName: SLICE_ROWS_KERNEL,
  backendName: 'wasm',
  kernelFunc: ({ inputs, backend, attrs }) => {
    const wasm = backend as BackendWasm;
    const { x } = inputs as { x: tf.TensorInfo };
    const { start, count } = attrs as unknown as SliceRowsAttrs;
    const columns = x.shape[1] as number;
    const output = wasm.makeOutput([count, columns], x.dtype);
    const source = wasm.typedArrayFromHeap(x);
    wasm.typedArrayFromHeap(output).set(source.subarray(start * columns, (start + count) * columns));
    return output;
  },
});

/** `count` rows of a matrix from row `start`, copied on the backend; as `tf.slice(data, start, count)`, without
 * its gradient. */
export function sliceRows(data: tf.Tensor2D, start: number, count: number): tf.Tensor2D {
  const rows = data.shape[0];
  if (!Number.isInteger(start) || !Number.isInteger(count) || start < 0 || count < 0 || start + count > rows)
    throw new RangeError(`Rows ${start} to ${start + count} are outside a matrix of ${rows} rows`);
  if (tf.getBackend() !== 'wasm') return tf.slice(data, start, count);
  const attrs: SliceRowsAttrs = { start, count };
  return tf.engine().runKernel<tf.Tensor2D>(SLICE_ROWS_KERNEL, { x: data }, attrs);
}

/** The given rows of a matrix, gathered on the backend (the data never leaves it). */
export function gatherRows(data: tf.Tensor2D, rows: Int32Array): tf.Tensor2D {
  if (tf.getBackend() === 'wasm') {
    const attrs: GatherRowsAttrs = { rows };
    return tf.engine().runKernel<tf.Tensor2D>(GATHER_ROWS_KERNEL, { x: data }, attrs);
  }
  return tf.tidy(() => tf.gather(data, tf.tensor1d(rows, 'int32')));
}
