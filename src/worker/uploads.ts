import { checkImageDimensions, checkImageFile, labelsFromPaths, toSample } from '../datasets/upload/images';
import { parseCsv } from '../datasets/upload/csv';
import { readImageHeader } from '../datasets/upload/image-header';
import { prepareUpload, type UploadedData } from '../datasets/upload/uploaded-data';
import { settingFields } from '../settings/schema';
import type { UploadRequest, UploadSummary } from './protocol';

const MAX_CSV_BYTES = 200 * 1024 * 1024;
const MAX_ROWS = 100_000;
const MAX_IMAGES = 70_000;

/** A parsed upload and what to tell the user about it. */
export interface ParsedUpload {
  upload: UploadedData;
  summary: UploadSummary;
}

/** Parses the user's file(s) into a data set; throws an Error whose message says precisely what is wrong. */
export async function parseUpload(request: UploadRequest, id: number): Promise<ParsedUpload> {
  return request.kind === 'csv' ? parseCsvUpload(request, id) : parseImageUpload(request, id);
}

async function parseCsvUpload(
  request: Extract<UploadRequest, { kind: 'csv' }>,
  id: number,
): Promise<ParsedUpload> {
  const { file } = request;
  if (file.size > MAX_CSV_BYTES) {
    throw new Error(
      `${file.name} is ${megabytes(file.size)} MB; at most ${megabytes(MAX_CSV_BYTES)} MB can be read.`,
    );
  }
  const result = parseCsv(await file.text(), {
    scaling: request.scaling,
    labelColumn: request.labelColumn,
    maxColumns: maxFeatures(),
    maxRows: MAX_ROWS,
  });
  if (!result.ok) throw new Error(`${file.name}: ${result.error}`);
  const { table } = result;
  const shape = {
    features: table.columns.length,
    kind: 'tabular' as const,
    imageShape: null,
    classes: table.classes,
  };
  const upload = prepareUpload(id, file.name, shape, table.values, table.labels);
  const notes = [
    `${table.rows.toLocaleString('en-US')} rows, ${table.columns.length} numeric ${table.columns.length === 1 ? 'column' : 'columns'}${table.hasHeader ? '' : ' (no header row)'}.`,
    table.ignoredColumns.length > 0
      ? `Non-numeric columns left out: ${table.ignoredColumns.join(', ')}.`
      : '',
    table.droppedRows > 0
      ? `${table.droppedRows.toLocaleString('en-US')} rows with missing values left out.`
      : '',
    request.scaling === 'minmax'
      ? 'Each column scaled to [0, 1] (min-max).'
      : 'Each column standardised (z-score).',
    table.classes ? `Classes from “${request.labelColumn ?? ''}”: ${table.classes.join(', ')}.` : '',
  ].filter((note) => note !== '');
  return { upload, summary: summarise(upload, notes) };
}

async function parseImageUpload(
  request: Extract<UploadRequest, { kind: 'images' }>,
  id: number,
): Promise<ParsedUpload> {
  const { files, size, colour } = request;
  if (files.length === 0) throw new Error('No image was chosen.');
  if (files.length > MAX_IMAGES)
    throw new Error(`${files.length} images chosen; at most ${MAX_IMAGES} can be used.`);
  const channels = colour === 'rgb' ? 3 : 1;
  const features = size * size * channels;
  const values = new Float32Array(files.length * features);
  for (const [index, { file }] of files.entries()) {
    values.set(await decodeImage(file, size, colour), index * features);
  }
  const labelled = labelsFromPaths(files.map((entry) => entry.path));
  const shape = {
    features,
    kind: 'image' as const,
    imageShape: [size, size, channels] as const,
    classes: labelled?.classes ?? null,
  };
  const upload = prepareUpload(
    id,
    files.length === 1 ? (files[0]?.file.name ?? 'image') : `${files.length} images`,
    shape,
    values,
    labelled?.labels ?? null,
  );
  const notes = [
    `${files.length} ${files.length === 1 ? 'image' : 'images'} resized to ${size}×${size} ${colour === 'rgb' ? 'colour' : 'grayscale'}.`,
    labelled
      ? `Classes from folder names: ${labelled.classes.join(', ')}.`
      : 'No classes (all images in one folder).',
  ];
  return { upload, summary: summarise(upload, notes) };
}

async function decodeImage(file: File, size: number, colour: 'grayscale' | 'rgb'): Promise<Float32Array> {
  const problem = checkImageFile(file);
  if (problem) throw new Error(problem);
  const header = readImageHeader(new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer()));
  if (!header) throw new Error(`${file.name} is not a PNG or JPEG image.`);
  const tooLarge = checkImageDimensions(file.name, header.width, header.height);
  if (tooLarge) throw new Error(tooLarge);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new Error(
      `${file.name} could not be decoded: the file is damaged or not really a ${header.format.toUpperCase()}.`,
    );
  }
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot read image pixels in a worker.');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  return toSample(pixels, canvas.width, canvas.height, size, colour);
}

function summarise(upload: UploadedData, notes: string[]): UploadSummary {
  return {
    name: upload.name,
    shape: upload.shape,
    trainCount: upload.count - upload.validationCount,
    validationCount: upload.validationCount,
    notes,
  };
}

function maxFeatures(): number {
  return settingFields.featureCount.schema.maxValue ?? 4096;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(0);
}
