import * as tf from '@tensorflow/tfjs-core';
import type { Dataset, Split } from '../datasets/dataset';
import type { BackendName } from '../settings/options';
import type { Settings } from '../settings/schema';
import type { TransposeStyle } from './dense';
import { buildAutoencoder, disposeAutoencoder } from './model';
import { Trainer, type DataFacts, type TrainingTensors } from './train-loop';
import { TwinModel } from './twin-model';

/** Explicit transposes make WASM's backward matmuls ~3.5× faster; WebGL and CPU handle the flags natively. */
export function transposeStyleFor(backend: BackendName): TransposeStyle {
  return backend === 'wasm' ? 'explicit' : 'flags';
}

/** Uploads one split to the active backend as a samples × features tensor. */
export function uploadSplit(split: Split, features: number): tf.Tensor2D {
  return tf.tensor2d(split.values, [split.count, features]);
}

/** Uploads both splits of a data set to the active backend. */
export function uploadDataset(dataset: Dataset): TrainingTensors {
  return {
    train: uploadSplit(dataset.train, dataset.features),
    validation: uploadSplit(dataset.validation, dataset.features),
  };
}

/** Frees the data tensors. */
export function disposeTensors(tensors: TrainingTensors): void {
  tf.dispose([tensors.train, tensors.validation]);
}

/** A fresh model on the uploaded data, with its trainer (and, for a sparse model, its plain twin). */
export function createTrainer(
  settings: Settings,
  data: TrainingTensors,
  backend: BackendName,
  facts: DataFacts,
): Trainer {
  const style = transposeStyleFor(backend);
  const features = data.train.shape[1];
  const model = buildAutoencoder(settings, features, style);
  const twin = settings.variant === 'sparse' ? new TwinModel(settings, features, style) : null;
  return new Trainer(model, data, settings, facts, twin);
}

/** Frees a trainer and the model it trained. */
export function disposeTrainer(trainer: Trainer): void {
  trainer.dispose();
  disposeAutoencoder(trainer.model);
}

/** Live tensors on the backend; flat across epochs when nothing leaks. */
export function tensorCount(): number {
  return tf.memory().numTensors;
}
