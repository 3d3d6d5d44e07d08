import type { Trainer } from '../core/train-loop';
import { phrase, phraseOf } from '../settings/phrases';
import type { DataStore } from './data-store';
import type { UploadRequest } from './protocol';
import type { Post } from './session';
import { parseUpload } from './uploads';

/** Parses the user's upload; on success it becomes the "Your own data" set, on failure the old one stays and
 * the page is told exactly why. */
export async function handleUpload(
  request: UploadRequest,
  id: number,
  data: DataStore,
  post: Post,
): Promise<void> {
  try {
    const { upload, summary } = await parseUpload(request, id);
    data.setUpload(upload);
    post({ type: 'uploadResult', result: { ok: true, summary } });
  } catch (error) {
    post({
      type: 'uploadResult',
      result: { ok: false, error: phraseOf(error) },
    });
  }
}

/** Reconstructs one sample (a drawing) with the current model, or says why it cannot. */
export async function handleReconstructSample(
  values: Float32Array,
  trainer: Trainer | null,
  data: DataStore,
  post: Post,
): Promise<void> {
  const reason = !trainer
    ? phrase('draw.noModel')
    : data.current?.dataset.features !== values.length
      ? phrase('draw.wrongSize')
      : null;
  const output = reason || !trainer ? null : await trainer.reconstructValues(values);
  post({ type: 'sampleReconstruction', output, reason }, output ? [output.buffer] : []);
}

/** Appends samples (drawings) to the training set on the backend; the trainer uses them from its next batch. */
export function handleAddSamples(
  values: Float32Array,
  labels: Int32Array | null,
  trainer: Trainer | null,
  data: DataStore,
  post: Post,
): void {
  const loaded = data.appendTrainingSamples(values, labels);
  trainer?.replaceTrainingData(loaded.tensors.train);
  post({ type: 'samplesAdded', trainCount: loaded.dataset.train.count });
}
