import * as tf from '@tensorflow/tfjs-core';
import { sliceRows } from './gather-rows';
import { type Autoencoder, decodeToLogits, encode, reconstruct, toOutput } from './model';
import { disposePca, fitPca, projectPca, type PcaModel } from './pca';
import { readFloats } from './read';

/** What the views of the learned code show, computed from the validation set. */
export interface Insights {
  /** 2-D positions of every validation sample's code: the code itself for a 2-unit code, else its scores on
   * two principal components of the codes. */
  xy: Float32Array;
  /** Which principal components the axes show (0-based), or null when the code is drawn as is. */
  axes: [number, number] | null;
  /** Share of the codes' variance along each axis, when projected. */
  axisVariance: [number, number] | null;
  latentSize: number;
  /** Mean squared reconstruction error of each validation sample. */
  errors: Float32Array;
  /** Per code unit: mean, minimum and maximum over the validation codes. */
  codeStats: { mean: Float32Array; min: Float32Array; max: Float32Array };
}

const CHUNK_ROWS = 2048;
/** How many principal components of the code the map can show. */
export const MAX_MAP_COMPONENTS = 8;

/** Computes the latent map, the per-sample errors and the code statistics of a model on a validation set,
 * and answers the views' questions (decode this point, interpolate, inspect). Keeps the last projection, so a
 * click on the map decodes the code under the pointer. */
export class InsightEngine {
  private readonly model: Autoencoder;
  private readonly validation: tf.Tensor2D;
  private projection: PcaModel | null = null;
  private projectionAxes: [number, number] = [0, 1];
  private lastStats: Insights['codeStats'] | null = null;

  constructor(model: Autoencoder, validation: tf.Tensor2D) {
    this.model = model;
    this.validation = validation;
  }

  /** The latent map, errors and code statistics now, over the first `rows` validation samples (all when
   * omitted); `axes` picks the principal components of the map. */
  async compute(axes: [number, number], rows = this.validation.shape[0]): Promise<Insights> {
    const chunks = this.chunks(rows);
    let codes: tf.Tensor2D | null = null;
    try {
      const encoded = this.encodeAll(chunks);
      codes = encoded;
      const latentSize = encoded.shape[1];
      const stats = tf.tidy(() => [tf.mean(encoded, 0), tf.min(encoded, 0), tf.max(encoded, 0)]);
      const errors = this.errorsOf(encoded, chunks);
      const { xy, axisVariance } = this.project(encoded, axes);
      const [mean, min, max, errorValues, xyValues] = await Promise.all(
        [...stats, errors, xy].map(readFloats),
      );
      tf.dispose([...stats, errors, xy]);
      const codeStats = { mean, min, max } as Insights['codeStats'];
      this.lastStats = codeStats;
      return {
        xy: xyValues as Float32Array,
        axes: latentSize > 2 ? this.projectionAxes : null,
        axisVariance,
        latentSize,
        errors: errorValues as Float32Array,
        codeStats,
      };
    } finally {
      tf.dispose([...chunks, ...(codes ? [codes] : [])]);
    }
  }

  /** A validation sample and its reconstruction. */
  async inspect(index: number): Promise<{ input: Float32Array; output: Float32Array }> {
    const row = sliceRows(this.validation, index, 1);
    const output = tf.tidy(() => reconstruct(this.model, row));
    const [input, decoded] = await Promise.all([readFloats(row), readFloats(output)]);
    tf.dispose([row, output]);
    return { input: input, output: decoded };
  }

  /** Validation samples by index and their reconstructions, one after another. */
  async samples(indices: readonly number[]): Promise<{ inputs: Float32Array; outputs: Float32Array }> {
    const rows = tf.gather(this.validation, Int32Array.from(indices));
    const output = tf.tidy(() => reconstruct(this.model, rows));
    const [inputs, outputs] = await Promise.all([readFloats(rows), readFloats(output)]);
    tf.dispose([rows, output]);
    return { inputs: inputs, outputs: outputs };
  }

  /** The first encoder layer's kernel (inputs × units), and per code unit the image the decoder draws when that
   * unit alone is raised from the mean code to its largest value seen. */
  async weights(): Promise<{
    kernel: Float32Array;
    inputs: number;
    units: number;
    unitImages: Float32Array;
  }> {
    const first = this.model.encoder[0];
    if (!first) throw new Error('The model has no encoder layer.');
    const [inputs, units] = first.kernel.shape;
    const stats = this.lastStats;
    const latentSize = this.model.decoder[0]?.kernel.shape[0] ?? 1;
    const codes = new Float32Array(latentSize * latentSize);
    for (let unit = 0; unit < latentSize; unit++) {
      codes.set(stats?.mean ?? new Float32Array(latentSize), unit * latentSize);
      codes[unit * latentSize + unit] = stats?.max[unit] ?? 1;
    }
    const [kernel, unitImages] = await Promise.all([readFloats(first.kernel), this.decodeCodes(codes)]);
    return { kernel, inputs, units, unitImages };
  }

  /** Decodes the code at a point of the latent map (map coordinates). */
  async decodeMapPoint(x: number, y: number): Promise<Float32Array> {
    const code = tf.tidy(() => {
      const latentSize = this.model.encoder.at(-1)?.bias.shape[0] ?? 2;
      if (!this.projection || latentSize <= 2) return tf.tensor2d([latentSize === 1 ? [x] : [x, y]]);
      const [first, second] = this.projectionAxes;
      const directions = tf.gather(this.projection.components, [first, second]);
      return tf.add<tf.Tensor2D>(tf.matMul(tf.tensor2d([[x, y]]), directions), this.projection.mean);
    });
    return this.decode(code);
  }

  /** Decodes codes given as plain values (rows × latent size). */
  async decodeCodes(codes: Float32Array): Promise<Float32Array> {
    const latentSize = this.model.decoder[0]?.kernel.shape[0] ?? 1;
    return this.decode(tf.tensor2d(codes, [codes.length / latentSize, latentSize]));
  }

  /** `frames` decoded images along the straight line between the codes of two validation samples. */
  async interpolate(from: number, to: number, frames: number): Promise<Float32Array> {
    const codes = tf.tidy(() => {
      const pair = encode(this.model, tf.gather(this.validation, [from, to]));
      const weights = tf.reshape(tf.linspace(0, 1, frames), [frames, 1]);
      const start = tf.slice(pair, [0, 0], [1, -1]);
      const end = tf.slice(pair, [1, 0], [1, -1]);
      return tf.add<tf.Tensor2D>(start, tf.mul(weights, tf.sub(end, start)));
    });
    return this.decode(codes);
  }

  /** Frees the projection. The model and the data belong to the caller. */
  dispose(): void {
    if (this.projection) disposePca(this.projection);
    this.projection = null;
  }

  private async decode(codes: tf.Tensor2D): Promise<Float32Array> {
    const output = tf.tidy(() => toOutput(this.model, decodeToLogits(this.model, codes)));
    const values = await readFloats(output);
    tf.dispose([output, codes]);
    return values;
  }

  private encodeAll(chunks: tf.Tensor2D[]): tf.Tensor2D {
    return tf.tidy(() => tf.concat(chunks.map((chunk) => encode(this.model, chunk))));
  }

  /** Each sample's mean squared error, decoded from codes already computed: the encoder runs once per round. */
  private errorsOf(codes: tf.Tensor2D, chunks: tf.Tensor2D[]): tf.Tensor1D {
    return tf.tidy(() =>
      tf.concat(
        chunks.map((chunk, index) => {
          const chunkCodes = tf.slice(codes, index * CHUNK_ROWS, chunk.shape[0]);
          const output = toOutput(this.model, decodeToLogits(this.model, chunkCodes));
          return tf.mean(tf.squaredDifference(output, chunk), 1);
        }),
      ),
    );
  }

  /** The first `rows` validation samples in chunks; the caller disposes them. */
  private chunks(rows: number): tf.Tensor2D[] {
    const available = this.validation.shape[0];
    const end = Math.max(1, Math.min(rows, available));
    const chunks: tf.Tensor2D[] = [];
    for (let start = 0; start < end; start += CHUNK_ROWS) {
      chunks.push(sliceRows(this.validation, start, Math.min(CHUNK_ROWS, end - start)));
    }
    return chunks;
  }

  private project(
    codes: tf.Tensor2D,
    axes: [number, number],
  ): { xy: tf.Tensor2D; axisVariance: [number, number] | null } {
    const latentSize = codes.shape[1];
    if (latentSize === 1)
      return { xy: tf.tidy(() => tf.concat([codes, tf.zerosLike(codes)], 1)), axisVariance: null };
    if (latentSize === 2) return { xy: tf.clone(codes), axisVariance: null };
    if (this.projection) disposePca(this.projection);
    const components = Math.min(latentSize, MAX_MAP_COMPONENTS);
    this.projection = fitPca(codes, components, { iterations: 30 });
    const first = Math.min(axes[0], components - 1);
    const second = Math.min(axes[1], components - 1);
    this.projectionAxes = [first, second];
    const total = this.projection.totalVariance || 1;
    const variance = this.projection.explainedVariance;
    const xy = tf.tidy(() => tf.gather(projectPca(this.projection as PcaModel, codes), [first, second], 1));
    return { xy, axisVariance: [(variance[first] ?? 0) / total, (variance[second] ?? 0) / total] };
  }
}
