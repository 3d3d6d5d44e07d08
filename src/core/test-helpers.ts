import { ArchiveSource } from '../datasets/archive-source';
import { loadDataset, type LoadContext } from '../datasets/registry';
import { applyPreset, findPreset } from '../settings/presets';
import { defaultSettings, type Settings } from '../settings/schema';
import { activateBackend } from './backend';
import { createTrainer, disposeTensors, disposeTrainer, uploadDataset } from './run';
import type { Trainer, TrainingTensors } from './train-loop';

/** A load context for generated data sets only: unit tests fetch no archive. */
export const generatedOnly: LoadContext = {
  archives: new ArchiveSource('unused/', () => Promise.reject(new Error('unit tests load no archive'))),
  upload: null,
  onProgress: () => undefined,
};

/** The tutorial's set-up ("Seed example" preset) with optional changes. */
export function seedExampleSettings(changes: Partial<Settings> = {}): Settings {
  const preset = findPreset('seed-example');
  if (!preset) throw new Error('the seed-example preset is missing');
  return { ...applyPreset(preset, defaultSettings), backend: 'cpu', ...changes };
}

/** Runs `use` with a trainer (and the data on the backend) on the CPU backend, then frees everything it made. */
export async function withTrainer<T>(
  settings: Settings,
  use: (trainer: Trainer, data: TrainingTensors) => Promise<T>,
): Promise<T> {
  await activateBackend('cpu', { softwareWebgl: false });
  const dataset = await loadDataset(settings, generatedOnly);
  const tensors = uploadDataset(dataset);
  const trainer = createTrainer(settings, tensors, 'cpu', dataset);
  try {
    return await use(trainer, tensors);
  } finally {
    disposeTrainer(trainer);
    disposeTensors(tensors);
  }
}

/** Trains whole epochs and returns the mean training loss of each. */
export async function trainEpochs(trainer: Trainer, epochs: number): Promise<number[]> {
  const losses: number[] = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    do trainer.trainBatch();
    while (trainer.batchInEpoch !== 0);
    losses.push((await trainer.collect()).trainLoss);
  }
  return losses;
}
