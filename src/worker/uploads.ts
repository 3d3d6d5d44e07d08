import { checkImageDimensions, checkImageFile, labelsFromPaths, toSample } from '../datasets/upload/images';
import { parseCsv } from '../datasets/upload/csv';
import { readImageHeader } from '../datasets/upload/image-header';
import { countOf, formatCount } from '../datasets/upload/format';
import { prepareUpload, type UploadedData } from '../datasets/upload/uploaded-data';
import { phrase, PhraseError, type Phrase } from '../settings/phrases';
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

/** Parses the user's file(s) into a data set; throws a PhraseError that says precisely what is wrong. */
export async function parseUpload(request: UploadRequest, id: number): Promise<ParsedUpload> {
  return request.kind === 'csv' ? parseCsvUpload(request, id) : parseImageUpload(request, id);
}

async function parseCsvUpload(
  request: Extract<UploadRequest, { kind: 'csv' }>,
  id: number,
): Promise<ParsedUpload> {
  const { file } = request;
  if (file.size > MAX_CSV_BYTES) {
    throw new PhraseError(
      phrase('upload.csvTooLarge', {
        file: file.name,
        size: megabytes(file.size),
        max: megabytes(MAX_CSV_BYTES),
      }),
    );
  }
  const result = parseCsv(await file.text(), {
    scaling: request.scaling,
    labelColumn: request.labelColumn,
    maxColumns: maxFeatures(),
    maxRows: MAX_ROWS,
  });
  if (!result.ok) throw new PhraseError(phrase('upload.inFile', { file: file.name, problem: result.error }));
  const { table } = result;
  const shape = {
    features: table.columns.length,
    kind: 'tabular' as const,
    imageShape: null,
    classes: table.classes,
  };
  const upload = prepareUpload(id, file.name, shape, table.values, table.labels);
  const size = { rows: formatCount(table.rows), columns: countOf(table.columns.length, 'numericColumn') };
  const notes = [
    table.hasHeader ? phrase('note.table', size) : phrase('note.tableNoHeader', size),
    ...(table.ignoredColumns.length > 0
      ? [phrase('note.nonNumeric', { names: table.ignoredColumns.join(', ') })]
      : []),
    ...(table.droppedRows > 0 ? [phrase('note.missing', { count: formatCount(table.droppedRows) })] : []),
    request.scaling === 'minmax' ? phrase('note.minmax') : phrase('note.zscore'),
    ...(table.classes
      ? [phrase('note.classesFrom', { column: request.labelColumn ?? '', classes: table.classes.join(', ') })]
      : []),
  ];
  return { upload, summary: summarise(upload, phrase('raw', { text: file.name }), notes) };
}

async function parseImageUpload(
  request: Extract<UploadRequest, { kind: 'images' }>,
  id: number,
): Promise<ParsedUpload> {
  const { files, size, colour } = request;
  if (files.length === 0) throw new PhraseError(phrase('upload.noImage'));
  if (files.length > MAX_IMAGES)
    throw new PhraseError(phrase('upload.tooManyImages', { count: files.length, max: MAX_IMAGES }));
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
  const resized = { images: countOf(files.length, 'image'), size };
  const notes = [
    colour === 'rgb' ? phrase('note.imagesColour', resized) : phrase('note.imagesGrayscale', resized),
    labelled
      ? phrase('note.folderClasses', { classes: labelled.classes.join(', ') })
      : phrase('note.noClasses'),
  ];
  const name =
    files.length === 1
      ? phrase('raw', { text: files[0]?.file.name ?? 'image' })
      : phrase('upload.images', { count: files.length });
  return { upload, summary: summarise(upload, name, notes) };
}

async function decodeImage(file: File, size: number, colour: 'grayscale' | 'rgb'): Promise<Float32Array> {
  const problem = checkImageFile(file);
  if (problem) throw new PhraseError(problem);
  const header = readImageHeader(new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer()));
  if (!header) throw new PhraseError(phrase('upload.notImage', { file: file.name }));
  const tooLarge = checkImageDimensions(file.name, header.width, header.height);
  if (tooLarge) throw new PhraseError(tooLarge);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new PhraseError(
      phrase('upload.undecodable', { file: file.name, format: header.format.toUpperCase() }),
    );
  }
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new PhraseError(phrase('upload.noPixels'));
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  return toSample(pixels, canvas.width, canvas.height, size, colour);
}

function summarise(upload: UploadedData, name: Phrase, notes: Phrase[]): UploadSummary {
  return {
    name,
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
