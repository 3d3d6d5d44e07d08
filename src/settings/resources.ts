import { layerWidths, modelParameterCount } from './model-shape';
import type { Optimizer } from './options';
import type { Settings } from './schema';
import { phrase, type Phrase } from './phrases';

const FLOAT_BYTES = 4;
/** Rows the engine evaluates at once (validation, insights). */
const EVALUATION_ROWS = 2048;

/** Optimizer state kept per parameter. */
const stateCopies: Record<Optimizer, number> = {
  sgd: 0,
  momentum: 1,
  adagrad: 1,
  adadelta: 2,
  rmsprop: 3,
  adam: 2,
  adamax: 2,
};

/** Roughly how much memory a run takes on the backend, by what takes it. */
export interface ResourceEstimate {
  parameters: number;
  modelBytes: number;
  dataBytes: number;
  activationBytes: number;
  totalBytes: number;
}

/** Estimates the memory of a run: weights, their gradients, the optimizer's state and a last-good copy; the
 * data set; the activations of a training batch and of an evaluation chunk (values, pre-activations and
 * gradients). */
export function estimateResources(settings: Settings, features: number): ResourceEstimate {
  const widths = layerWidths(settings.encoderUnits, settings.latentSize, features);
  const parameters = modelParameterCount(settings, features);
  const modelBytes = parameters * FLOAT_BYTES * (3 + stateCopies[settings.optimizer]);
  const dataBytes = (settings.trainSize + settings.validationSize) * features * FLOAT_BYTES;
  const units = widths.reduce((sum, width) => sum + width, 0);
  const activationBytes =
    (Math.min(settings.batchSize, settings.trainSize) * 3 + EVALUATION_ROWS * 2) * units * FLOAT_BYTES;
  return {
    parameters,
    modelBytes,
    dataBytes,
    activationBytes,
    totalBytes: modelBytes + dataBytes + activationBytes,
  };
}

/** Above this a run is refused: WebAssembly's heap and a tab's GPU memory top out around 2 GB. */
export const REFUSE_BYTES = 1.5e9;
/** Above this a run is allowed with a warning: phones and older laptops may not cope. */
export const WARN_BYTES = 0.5e9;

/** A verdict on an estimate, with a message that gives the numbers. */
export type ResourceVerdict = { level: 'ok' } | { level: 'warn' | 'refuse'; message: Phrase };

/** Whether a run of this size may start. */
export function judgeResources(estimate: ResourceEstimate): ResourceVerdict {
  const figures = {
    total: formatBytes(estimate.totalBytes),
    model: formatBytes(estimate.modelBytes),
    parameters: estimate.parameters.toLocaleString('en-US'),
    data: formatBytes(estimate.dataBytes),
    activations: formatBytes(estimate.activationBytes),
  };
  if (estimate.totalBytes > REFUSE_BYTES) {
    return {
      level: 'refuse',
      message: phrase('resources.refuse', { ...figures, limit: formatBytes(REFUSE_BYTES) }),
    };
  }
  if (estimate.totalBytes > WARN_BYTES) return { level: 'warn', message: phrase('resources.warn', figures) };
  return { level: 'ok' };
}

/** Bytes in MB or GB with three significant digits. */
export function formatBytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toPrecision(3)} GB` : `${(bytes / 1e6).toPrecision(3)} MB`;
}
