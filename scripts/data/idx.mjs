// Parses IDX files, the format the MNIST files come in: a big-endian header (two zero bytes, a type code, the
// number of dimensions, then one uint32 size per dimension) followed by the values, row-major.

/** @typedef {{ dims: number[], data: Uint8Array }} IdxArray */

/** IDX type code for unsigned bytes, the only type the MNIST files use. */
const UBYTE = 0x08;

/**
 * Parses an IDX file of unsigned bytes, checking the magic number, the dimension count and that the file holds
 * exactly the values its header announces.
 * @param {Uint8Array} bytes the whole file
 * @param {string} name the file's name, for error messages
 * @param {number} expectedRank how many dimensions the file must have
 * @returns {IdxArray}
 */
export function parseIdx(bytes, name, expectedRank) {
  if (bytes.length < 4) throw new Error(`${name}: ${bytes.length} bytes is too short for an IDX header.`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0);
  const expectedMagic = (UBYTE << 8) | expectedRank;
  if (magic !== expectedMagic) {
    const hex = (/** @type {number} */ value) => `0x${value.toString(16).padStart(8, '0')}`;
    throw new Error(
      `${name}: magic number ${hex(magic)} is not ${hex(expectedMagic)} (unsigned bytes, ${expectedRank} dimensions); is this an uncompressed IDX file?`,
    );
  }
  const headerBytes = 4 + 4 * expectedRank;
  if (bytes.length < headerBytes) throw new Error(`${name}: the file ends inside its IDX header.`);
  const dims = Array.from({ length: expectedRank }, (_, i) => view.getUint32(4 + 4 * i));
  const valueCount = dims.reduce((product, size) => product * size, 1);
  const actual = bytes.length - headerBytes;
  if (actual !== valueCount) {
    const what = actual < valueCount ? 'truncated' : 'longer than its header says';
    throw new Error(
      `${name}: the file is ${what}: dimensions ${dims.join('×')} need ${valueCount} bytes of data, found ${actual}.`,
    );
  }
  return { dims, data: bytes.subarray(headerBytes) };
}

/**
 * Reads an IDX image file and its label file into pixels and labels, checking that they agree with each other
 * and with the expected image size and class count.
 * @param {{ images: Uint8Array, labels: Uint8Array, imagesName: string, labelsName: string }} files
 * @param {{ rows: number, columns: number, classCount: number }} expected
 * @returns {{ count: number, labels: Uint8Array, pixels: Uint8Array }}
 */
export function parseIdxImageSet(files, expected) {
  const images = parseIdx(files.images, files.imagesName, 3);
  const labels = parseIdx(files.labels, files.labelsName, 1);
  const [count = 0, rows, columns] = images.dims;
  if (rows !== expected.rows || columns !== expected.columns)
    throw new Error(
      `${files.imagesName}: images are ${rows}×${columns}, expected ${expected.rows}×${expected.columns}.`,
    );
  if (labels.dims[0] !== count)
    throw new Error(
      `${files.labelsName} has ${labels.dims[0]} labels for ${count} images in ${files.imagesName}.`,
    );
  const badIndex = labels.data.findIndex((label) => label >= expected.classCount);
  if (badIndex >= 0)
    throw new Error(
      `${files.labelsName}: label ${labels.data[badIndex]} at index ${badIndex} is not below ${expected.classCount}.`,
    );
  return { count, labels: labels.data, pixels: images.data };
}
