import type { DatasetId } from '../settings/options';
import type { Phrase } from '../settings/phrases';
import type { DatasetThumbnail, FromWorker, UploadSummary } from '../worker/protocol';

/** What the page knows about data apart from the run: previews for the picker, the user's upload, and the
 * current model's reconstruction of a drawing. */
export interface DataState {
  thumbnails: Partial<Record<DatasetId, DatasetThumbnail>>;
  upload: UploadSummary | null;
  uploadError: Phrase | null;
  uploading: boolean;
  drawingOutput: Float32Array | null;
  drawingNote: Phrase | null;
  addedSamples: number;
}

export const initialDataState: DataState = {
  thumbnails: {},
  upload: null,
  uploadError: null,
  uploading: false,
  drawingOutput: null,
  drawingNote: null,
  addedSamples: 0,
};

/** The data state after a message from the worker; messages about training leave it as it is. */
export function reduceData(state: DataState, message: FromWorker): DataState {
  switch (message.type) {
    case 'datasetThumbnails':
      return { ...state, thumbnails: { ...state.thumbnails, ...message.thumbnails } };
    case 'uploadResult':
      return message.result.ok
        ? { ...state, uploading: false, uploadError: null, upload: message.result.summary, addedSamples: 0 }
        : { ...state, uploading: false, uploadError: message.result.error };
    case 'sampleReconstruction':
      return { ...state, drawingOutput: message.output, drawingNote: message.reason };
    case 'samplesAdded':
      return { ...state, addedSamples: state.addedSamples + 1 };
    default:
      return state;
  }
}
