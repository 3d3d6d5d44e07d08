import { NO_FOLDER_CLASS } from '../../settings/datasets';
import { phrase, type Phrase } from '../../settings/phrases';
import { formatCount } from './format';

/** Whether an uploaded image becomes one luminance channel or three colour channels. */
export type ColourMode = 'grayscale' | 'rgb';

/** The largest image file accepted, in bytes (20 MB). */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** The most pixels an image may decode to (50 megapixels), so that decoding cannot exhaust memory. */
export const MAX_IMAGE_PIXELS = 50_000_000;

const supportedTypes = new Set(['image/png', 'image/jpeg', 'image/jpg', 'image/pjpeg', 'image/x-png']);
const supportedExtensions = /\.(?:png|jpe?g)$/i;

/** Source pixels and weights, per output pixel along one axis, of a box filter from `source` to `target`
 * pixels: output o covers [o·source/target, (o+1)·source/target) and each source pixel weighs by its overlap. */
function boxWeights(source: number, target: number) {
  const starts = new Int32Array(target + 1);
  const indices: number[] = [];
  const weights: number[] = [];
  const span = source / target;
  for (let o = 0; o < target; o++) {
    const low = o * span;
    const high = Math.min(source, (o + 1) * span);
    for (let s = Math.floor(low); s < Math.min(source, Math.ceil(high)); s++) {
      const overlap = Math.min(high, s + 1) - Math.max(low, s);
      if (overlap <= 0) continue;
      indices.push(s);
      weights.push(overlap / span);
    }
    starts[o + 1] = indices.length;
  }
  return { starts, indices: Int32Array.from(indices), weights: Float64Array.from(weights) };
}

/** One row of pixels as values in [0, 1] over a white page: grayscale as darkness (ink), rgb as colour. */
function rowChannels(
  rgba: Uint8ClampedArray,
  width: number,
  y: number,
  mode: ColourMode,
  out: Float64Array,
): void {
  for (let x = 0; x < width; x++) {
    const p = (y * width + x) * 4;
    const alpha = (rgba[p + 3] ?? 255) / 255;
    const [red, green, blue] = [rgba[p] ?? 0, rgba[p + 1] ?? 0, rgba[p + 2] ?? 0];
    if (mode === 'grayscale') out[x] = ((255 - (0.299 * red + 0.587 * green + 0.114 * blue)) / 255) * alpha;
    else {
      // Over white: c·a + 255·(1 − a).
      out[x * 3] = 1 - ((255 - red) / 255) * alpha;
      out[x * 3 + 1] = 1 - ((255 - green) / 255) * alpha;
      out[x * 3 + 2] = 1 - ((255 - blue) / 255) * alpha;
    }
  }
}

/** Resizes RGBA pixels to size×size by area averaging (a box filter: each output pixel is the area-weighted mean
 * of the source pixels it covers, so it works for shrinking and for enlarging) and converts them to values in
 * [0, 1], transparent pixels counting as white paper. Grayscale is stored as darkness, 1 − luminance with
 * luminance 0.299R + 0.587G + 0.114B: dark strokes on white become high values, as the digits of MNIST are, and
 * the views draw high values dark, so the image looks as it did. rgb keeps three interleaved colour channels
 * (height, width, channel). Compositing per source pixel before averaging equals compositing after resizing. */
export function toSample(
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
  size: number,
  mode: ColourMode,
): Float32Array {
  if (rgba.length !== width * height * 4 || width < 1 || height < 1 || !Number.isInteger(size) || size < 1) {
    throw new RangeError(
      `Cannot resize ${width}×${height} pixels (${rgba.length} bytes) to ${size}×${size}.`,
    );
  }
  const channels = mode === 'rgb' ? 3 : 1;
  const across = boxWeights(width, size);
  const down = boxWeights(height, size);
  const narrowed = new Float64Array(height * size * channels);
  const row = new Float64Array(width * channels);
  for (let y = 0; y < height; y++) {
    rowChannels(rgba, width, y, mode, row);
    resampleLine(row, across, channels, narrowed, y * size * channels);
  }
  const sample = new Float32Array(size * size * channels);
  const column = new Float64Array(height * channels);
  const resized = new Float64Array(size * channels);
  for (let x = 0; x < size; x++) {
    for (let y = 0; y < height; y++) {
      for (let c = 0; c < channels; c++)
        column[y * channels + c] = narrowed[(y * size + x) * channels + c] ?? 0;
    }
    resampleLine(column, down, channels, resized, 0);
    for (let y = 0; y < size; y++) {
      for (let c = 0; c < channels; c++)
        sample[(y * size + x) * channels + c] = resized[y * channels + c] ?? 0;
    }
  }
  return sample;
}

/** Resamples one line of interleaved channel values with box weights into `out` from `offset`. */
function resampleLine(
  line: Float64Array,
  box: ReturnType<typeof boxWeights>,
  channels: number,
  out: Float64Array,
  offset: number,
): void {
  for (let o = 0; o + 1 < box.starts.length; o++) {
    for (let c = 0; c < channels; c++) {
      let sum = 0;
      for (let k = box.starts[o] ?? 0; k < (box.starts[o + 1] ?? 0); k++) {
        sum += (line[(box.indices[k] ?? 0) * channels + c] ?? 0) * (box.weights[k] ?? 0);
      }
      out[offset + o * channels + c] = Math.min(1, Math.max(0, sum));
    }
  }
}

/** The parent folder of a relative path ("pets/cats/001.png" → "cats"), or "(no folder)" for a bare file name. */
function parentFolder(path: string): string {
  const parts = path.replace(/\\/g, '/').split('/');
  return parts.length >= 2 ? (parts[parts.length - 2] ?? NO_FOLDER_CLASS) : NO_FOLDER_CLASS;
}

/** Class labels from the parent folder of each relative path ("cats/001.png" → "cats"), classes sorted by name
 * (numbers in numeric order) so that they do not depend on the order the browser lists files; null when there
 * are fewer than two distinct folders. */
export function labelsFromPaths(paths: readonly string[]): { labels: Int32Array; classes: string[] } | null {
  const folders = paths.map(parentFolder);
  const classes = [...new Set(folders)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (classes.length < 2) return null;
  const index = new Map(classes.map((name, i) => [name, i]));
  return { labels: Int32Array.from(folders, (folder) => index.get(folder) ?? 0), classes };
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;

/** Checks a file before decoding: a PNG or JPEG (by MIME type, or by extension when the browser gives no type),
 * not empty and at most 20 MB. Returns a message naming the file, or null when it may be decoded. */
export function checkImageFile(file: { name: string; type: string; size: number }): Phrase | null {
  const type = file.type.toLowerCase();
  const untyped = type === '' || type === 'application/octet-stream';
  const supported = supportedTypes.has(type) || (untyped && supportedExtensions.test(file.name));
  if (!supported)
    return type === ''
      ? phrase('image.unknownType', { file: file.name })
      : phrase('image.wrongType', { file: file.name, type });
  if (file.size === 0) return phrase('image.empty', { file: file.name });
  if (file.size > MAX_IMAGE_BYTES)
    return phrase('image.tooLarge', {
      file: file.name,
      size: megabytes(file.size),
      max: megabytes(MAX_IMAGE_BYTES),
    });
  return null;
}

/** Checks an image's size once its header is read: at least one pixel and at most 50 megapixels. Returns a
 * message naming the file, or null. */
export function checkImageDimensions(name: string, width: number, height: number): Phrase | null {
  if (!(width >= 1 && height >= 1)) return phrase('image.noPixels', { file: name, width, height });
  if (width * height > MAX_IMAGE_PIXELS) {
    return phrase('image.tooManyPixels', {
      file: name,
      width: formatCount(width),
      height: formatCount(height),
      megapixels: ((width * height) / 1_000_000).toFixed(1),
      max: MAX_IMAGE_PIXELS / 1_000_000,
    });
  }
  return null;
}
