// Loads the MNIST-style image archives that scripts/prepare-data.mjs writes under public/data: a manifest and
// gzip-compressed chunks, each `count` label bytes followed by count × pixels pixel bytes. Runs in the worker
// and in Node tests: streams only, no DOM.
import type { Split } from './dataset';
import { phrase, PhraseError, phraseOf } from '../settings/phrases';
import {
  parseManifest,
  type ArchiveChunk,
  type ArchiveDatasetId,
  type ArchiveManifest,
  type ArchiveSplitName,
} from './archive-manifest';

/** Fetches a URL, as `fetch` does; tests pass one that reads files. */
export type Fetcher = (url: string) => Promise<Response>;
/** Hears how many compressed bytes of the chunks being loaded have arrived. */
export type ProgressListener = (receivedBytes: number, totalBytes: number) => void;

/** What to tell the user when the generated files are not there. */
export const MISSING_DATA_MESSAGE = 'The data files are missing: run npm run prepare-data';

/** The URL of a file under the archive's base URL. */
export function archiveUrl(baseUrl: string, file: string): string {
  return baseUrl === '' || baseUrl.endsWith('/') ? `${baseUrl}${file}` : `${baseUrl}/${file}`;
}

/** Fetches and validates the manifest; a missing or non-JSON manifest asks the user to run prepare-data. */
export async function loadManifest(baseUrl: string, fetcher: Fetcher): Promise<ArchiveManifest> {
  const url = archiveUrl(baseUrl, 'manifest.json');
  const response = await fetchOrExplain(url, fetcher);
  if (response.status === 404) throw new PhraseError(phrase('data.missing', { url }));
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new PhraseError(phrase('data.httpError', { url, status }));
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch {
    // A dev server answers unknown paths with index.html.
    throw new PhraseError(phrase('data.notJson', { url }));
  }
  return parseManifest(json);
}

/** The first `count` images of a split as a Split with values in [0,1] and labels, fetching only the chunks needed;
 * reports progress as compressed bytes received / total compressed bytes of those chunks; `cache` keeps
 * decompressed chunks by URL so changing sizes does not refetch. */
export async function loadArchiveSplit(
  request: {
    baseUrl: string;
    manifest: ArchiveManifest;
    dataset: ArchiveDatasetId;
    split: ArchiveSplitName;
    count: number;
  },
  fetcher: Fetcher,
  cache: Map<string, Uint8Array>,
  onProgress: ProgressListener,
): Promise<Split> {
  const dataset = request.manifest.datasets[request.dataset];
  const split = dataset.splits[request.split];
  const count = request.count;
  if (!Number.isSafeInteger(count) || count < 0)
    throw new Error(`Cannot load ${count} images: the count must be a whole number.`);
  if (count > split.count)
    throw new Error(
      `${dataset.label} has ${split.count} ${request.split} images; asked for ${count}, the maximum is ${split.count}.`,
    );
  const chunks = chunksCovering(split.chunks, count);
  const urls = chunks.map((chunk) => archiveUrl(request.baseUrl, chunk.file));
  const cached = urls.map((url, i) =>
    cache.get(url)?.length === chunks[i]?.bytes ? cache.get(url) : undefined,
  );
  const sizeOf = (wanted: ArchiveChunk[]) => wanted.reduce((sum, chunk) => sum + chunk.compressedBytes, 0);
  const total = sizeOf(chunks);
  const received = progressCounter(sizeOf(chunks.filter((_, i) => cached[i])), total, onProgress);
  const classCount = dataset.classes.length;
  const raw = await Promise.all(
    chunks.map(async (chunk, i) => {
      const url = urls[i] ?? '';
      const data = cached[i] ?? (await fetchChunk(url, chunk, classCount, fetcher, received));
      cache.set(url, data);
      return data;
    }),
  );
  onProgress(total, total);
  const [height, width, channels] = dataset.imageShape;
  return assembleSplit(chunks, raw, count, height * width * channels);
}

/** The leading chunks that hold the first `count` images. */
function chunksCovering(chunks: ArchiveChunk[], count: number): ArchiveChunk[] {
  const needed: ArchiveChunk[] = [];
  let covered = 0;
  for (const chunk of chunks) {
    if (covered >= count) break;
    needed.push(chunk);
    covered += chunk.count;
  }
  return needed;
}

/** Adds received bytes up across parallel downloads and reports the running total, capped at `total`. */
function progressCounter(initial: number, total: number, onProgress: ProgressListener) {
  let received = initial;
  onProgress(received, total);
  return (bytes: number): void => {
    received += bytes;
    onProgress(Math.min(received, total), total);
  };
}

async function fetchOrExplain(url: string, fetcher: Fetcher): Promise<Response> {
  try {
    return await fetcher(url);
  } catch (error) {
    throw new PhraseError(phrase('data.fetchFailed', { url, reason: phraseOf(error) }), { cause: error });
  }
}

/** Downloads and decompresses one chunk, counting compressed bytes as they arrive, and checks its labels. */
async function fetchChunk(
  url: string,
  chunk: ArchiveChunk,
  classCount: number,
  fetcher: Fetcher,
  onBytes: (bytes: number) => void,
): Promise<Uint8Array> {
  const response = await fetchOrExplain(url, fetcher);
  if (!response.ok) {
    const figures = { file: chunk.file, status: response.status };
    throw new PhraseError(
      response.status === 404 ? phrase('data.chunkMissing', figures) : phrase('data.chunkRefused', figures),
    );
  }
  if (!response.body) throw new Error(`Could not load ${chunk.file}: the response has no body.`);
  const counter = new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
    transform(piece, controller) {
      onBytes(piece.byteLength);
      controller.enqueue(piece);
    },
  });
  const decompressed = response.body.pipeThrough(counter).pipeThrough(new DecompressionStream('gzip'));
  let data: Uint8Array;
  try {
    data = await readExactly(decompressed, chunk.bytes);
  } catch (error) {
    throw new PhraseError(phrase('data.corrupt', { file: chunk.file, reason: phraseOf(error) }), {
      cause: error,
    });
  }
  const badLabel = data.subarray(0, chunk.count).findIndex((label) => label >= classCount);
  if (badLabel >= 0)
    throw new Error(`The data file ${chunk.file} is corrupt: image ${badLabel} has label ${data[badLabel]}.`);
  return data;
}

/** Reads a stream into a buffer of exactly `expected` bytes; more or fewer is an error. */
async function readExactly(stream: ReadableStream<Uint8Array>, expected: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(expected);
  const reader = stream.getReader();
  let filled = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    if (filled + next.value.length > expected) {
      await reader.cancel();
      throw new Error(`it holds more than the ${expected} bytes the manifest lists`);
    }
    buffer.set(next.value, filled);
    filled += next.value.length;
  }
  if (filled !== expected)
    throw new Error(`it decompresses to ${filled} bytes, the manifest lists ${expected}`);
  return buffer;
}

/** Copies the first `count` images out of decompressed chunks, scaling pixels to [0, 1]. */
function assembleSplit(chunks: ArchiveChunk[], raw: Uint8Array[], count: number, pixels: number): Split {
  const values = new Float32Array(count * pixels);
  const labels = new Int32Array(count);
  let done = 0;
  chunks.forEach((chunk, index) => {
    const data = raw[index] ?? new Uint8Array(0);
    const take = Math.min(chunk.count, count - done);
    labels.set(data.subarray(0, take), done);
    const source = data.subarray(chunk.count, chunk.count + take * pixels);
    const offset = done * pixels;
    for (let i = 0; i < source.length; i++) values[offset + i] = (source[i] ?? 0) / 255;
    done += take;
  });
  return { values, count, labels };
}
